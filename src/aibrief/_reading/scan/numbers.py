"""The number itself where it is written in pieces, or as a lone numeral digit.

Korean writes big numbers in groups separated by spaces, by the standard spacing rules
("12억 3456만 7898") and often after 천 and 백 too ("7천 5백만 달러", "삼백 삼십 일"); some
texts group Arabic digits by three with spaces ("1 234 567", "40 000"). :func:`spaced_groups`
joins such pieces when together they read as one number, each piece smaller than the scale
before it; anything else ("3백과 2백", "1천 2천") stays apart.

A numeral digit alone is mostly part of a word (一切, 统一, 이상, 삼성), so
:func:`lone_digit_counts` lets it count only where nothing else can be meant: as the whole
text, before 分之 (七分之一), or before a currency, counter or percent word ("两美元",
"三成", "一个百分点"), and then only after a character that can stand before a number.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from aibrief._reading import lexicon as lex
from aibrief._reading.numerals import BIG_SCALES, SMALL_SCALES, Numeral, read_numeral
from aibrief._reading.scan import tail
from aibrief._reading.spelled import english_extent, read_english, read_native

if TYPE_CHECKING:
    from aibrief._reading.scan.scanner import Scanner

__all__ = ["lone_digit_counts", "spaced_groups", "spelled_number"]

# Scale characters after which Korean may put a space inside one number.
_KO_SCALES: Final = frozenset(word for word in (*SMALL_SCALES, *BIG_SCALES) if lex.is_hangul(word))
_KO_BIG: Final = frozenset(word for word in BIG_SCALES if lex.is_hangul(word))
# Han characters that may stand right before a lone Han digit that counts: verbs of having,
# costing, being and changing, conjunctions and the qualifiers' last characters (约, 近, 逾).
_BEFORE_LONE: Final = frozenset(
    "是为為有了花付赚賺亏虧共达達至到和或及与與约約近逾超仅僅只才多少的占佔增减減降涨漲跌升"
)


_COUNTING_KINDS: Final = frozenset({"currency", "currencies", "unit", "tenths", "minor", "dozen"})


def spaced_groups(
    scanner: Scanner, core: str, end: int, numeral: Numeral
) -> tuple[str, int, Numeral]:
    """Join the pieces after ``core`` that continue its number: "7천 5백만", "1 234 567".

    A piece is joined when ``core`` ends with a Korean scale and the two read as one number
    ("4천 820만" is 4820만), when a bare 만/억/조 follows digits ("5 억"), or when groups of
    three digits follow one to three digits. A piece a date or age word follows is not.
    """
    tables, norm = scanner.tables, scanner.norm
    if core.isdigit() and len(core) <= 3:
        groups = tables.digit_groups.match(norm, end)
        if groups is not None and _grouped(scanner, groups, end - len(core)):
            joined = core + groups[0].replace(" ", "")
            found = read_numeral(joined)
            if found is not None:
                return joined, groups.end(), found
    while core[-1] in _KO_SCALES or (core.isdigit() and norm[end + 1 : end + 2] in _KO_BIG):
        piece = tables.spaced_group.match(norm, end)
        if piece is None:
            break
        joined = core + piece[0].lstrip()
        found = read_numeral(joined)
        after = tail.word_after(scanner, piece.end())
        if found is None or (after is not None and after.kind == "skip"):
            break
        if after is None and lex.is_hangul(norm[piece.end() : piece.end() + 1]):
            break  # "5 조지아 라리": 조 begins a word (Georgia), no scale
        core, end, numeral = joined, piece.end(), found
    return core, end, numeral


def _grouped(scanner: Scanner, groups: re.Match[str], start: int) -> bool:
    """Whether spaces between digits group them by three, rather than part two numbers.

    A thin or narrow no-break space is a group separator by the SI's rule; ordinary spaces
    are when they group at least twice ("1 234 567") or the number is the whole text
    ("40 000"), since "top 3 100 people" may mean three of a hundred.
    """
    separators = {scanner.text[scanner.span(at, at + 1)[0]] for at in _spaces(groups)}
    if separators <= {"\u202f", "\u2009"}:
        return True
    return groups[0].count(" ") >= 2 or (start, groups.end()) == scanner.whole


def _spaces(groups: re.Match[str]) -> list[int]:
    return [groups.start() + at for at, char in enumerate(groups[0]) if char == " "]


def lone_digit_counts(scanner: Scanner, core: re.Match[str], start: int) -> bool:
    """Whether numeral digits without a scale count as a number here.

    They do before 分之 or 분의 (七分之一, 삼분의 이), and before a mixed number's 과 or 又
    ("일과 삼분의 이"); one digit does before 倍 (两倍: "一二三倍" is no way to
    write 123 times), as the whole text ("五", "삼"), and, for a Han digit, before a currency,
    counter or percent word when a prefix was read or the character before it allows.
    """
    norm, after = scanner.norm, core.end()
    if norm.startswith("分之", after) or scanner.tables.before_fraction.match(norm, after):
        return True
    if len(core[0]) != 1:
        return False
    if norm.startswith("倍", after) or (start, after) == scanner.whole:
        return True
    if lex.is_hangul(core[0]):
        return False
    if not (start < core.start() or _left_allows(norm, core.start())):
        return False
    word = tail.word_after(scanner, after)
    return word is not None and word.kind in _COUNTING_KINDS and not word.spaced


def _left_allows(norm: str, start: int) -> bool:
    """Whether the character before a lone Han digit lets it start a number (not 统一台)."""
    if start == 0:
        return True
    before = norm[start - 1]
    return not ("\u4e00" <= before <= "\u9fff") or before in _BEFORE_LONE


def spelled_number(scanner: Scanner, pos: int) -> tuple[re.Match[str], Numeral] | None:
    """A number in words at ``pos``: English ("twenty-one") or native Korean ("두", "스물").

    A native number must begin a word; whether it counts is the counter's to say
    (:func:`aibrief._reading.scan.tail.read_tail`).
    """
    norm, tables = scanner.norm, scanner.tables
    char = norm[pos : pos + 1]
    if lex.is_latin(char):
        found = tables.english.match(norm, pos)
        if found is None:
            return None
        end = pos + english_extent(found[0])
        found = tables.english.match(norm, pos, end) if end > pos else None
        numeral = read_english(found[0]) if found is not None else None
    elif lex.is_hangul(char) and not (pos and lex.is_hangul(norm[pos - 1])):
        found = tables.native.match(norm, pos)
        numeral = read_native(found[0]) if found is not None else None
    else:
        return None
    if found is None or numeral is None:
        return None
    return found, numeral
