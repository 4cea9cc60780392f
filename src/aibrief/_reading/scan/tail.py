"""The word after the number: a currency, a counter or multiplier, or a word that makes the
number a date, age or rank, which is then skipped rather than reported.

A spaced one-syllable Korean counter must end its word ("100만 개발자" is not 100만 개), and a
multiplier glued to a syllable is another word ("2배속" is playback speed). Native Korean
numbers ("두 배", "세 곳") take their own counters and time words ("두 주" is two weeks,
"세 분" three people); English joins a unit to a number by a hyphen ("a 12-cent dividend",
"a one-yen bid").
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING, Final

from aibrief._core.currency import known_currencies, minor_units
from aibrief._core.decimal import EXACT
from aibrief._reading import lexicon as lex
from aibrief._reading.currencies import candidates
from aibrief._reading.numerals import NUMERAL_DIGITS, tidy
from aibrief._reading.scan.tables import (
    COUNTER_ENDINGS,
    COUNTING_UNITS,
    MULTIPLIER_ENDINGS,
    TIMES,
    Draft,
    Word,
)

if TYPE_CHECKING:
    from aibrief._reading.scan.scanner import Scanner

__all__ = ["ends_word", "read_tail", "word_after"]

# What may follow 角 or 毛 of a sum of money after a Han digit (两毛五, 两角五分, 两毛钱).
_MONEY_AFTER: Final = frozenset("〇零一二两兩三四五六七八九分钱錢")
_TEN: Final = Decimal(10)
# Lakhs and crores are Indian English: rupees counted in them are Indian rupees.
_INDIAN_SCALES: Final = frozenset({5, 7})
_DOZEN: Final = Decimal(12)
# What makes 打 after a number a verb: a number (以一打十), an ending (打了) or its object.
_DA_VERB: Final = frozenset(
    "〇零一二两兩三四五六七八九十百千万亿了过過着著败敗破算开開造工击擊车車电電"
)
_FIVE: Final = Decimal(5)
# Characters that make a word with 成 after a number: 成本 cost, 成员 member, 成为 became.
# A units digit after 成 ("七成六" is 76%), ending the number.
_UNITS: Final = re.compile("[一二三四五六七八九1-9](?![0-9〇零一二两三四五六七八九十百千万亿点.])")
_CHENG_WORDS: Final = frozenset("本员員为為功长長立交绩績果就熟品型年人都效")
# A percent sign and two hexadecimal digits, and the escapes and digits after: "%25%2020%".
#: Native numbers in the form they take before a counter; alone, such a word is no count
#: (세 is also 歲, years of age, and 稅, tax). Compounds such as 열한 still read alone.
_DETERMINERS: Final = ("한", "두", "세", "네", "석", "넉", "스무")
_ESCAPES: Final = re.compile(r"%[0-9A-Fa-f]{2}[0-9A-Za-z%]*")
# After "8x", a name or a model ("H100", "NVIDIA A100") counts items, not times: 8 GPUs.
_NAMED_AFTER: Final = re.compile(r" +[A-Z0-9]")


def word_after(scanner: Scanner, pos: int) -> Word | None:
    """The word after a number; a spaced one-syllable Korean counter must end its word.

    "80억 원을", "1만 명이" and "80억 원정도" are amounts, with a particle or a qualifier
    glued on, but "100만 개발자" is not 100만 개 (items).
    """
    norm = scanner.norm
    spaced = norm.startswith(" ", pos)
    hyphen = not spaced and norm.startswith("-", pos) and lex.is_latin(norm[pos + 1 : pos + 2])
    begin = pos + (spaced or hyphen)
    found = scanner.tables.tail.match(norm, begin) or _code_after(scanner, pos)
    if found is None:
        return None
    (kind, meaning), end = found
    if hyphen and kind == "skip":
        return None
    word = norm[begin:end]
    if (
        meaning == TIMES
        and word in ("x", "X", "×")
        and (spaced or hyphen or norm[end : end + 1].isalnum() or _NAMED_AFTER.match(norm, end))
    ):
        return None  # "10x" but not "1920x1080", "4x4", "10 x", nor "8x H100" (8 GPUs)
    one_syllable = spaced and len(word) == 1 and lex.is_hangul(word)
    whole = one_syllable or word in lex.WHOLE_WORD_COUNTERS or kind == "tenths"
    if whole and not ends_word(scanner, end, COUNTER_ENDINGS):  # "100만 개발자", "5 프로그램"
        return None
    return Word(kind, meaning, word, end, spaced)


def _code_after(scanner: Scanner, pos: int) -> tuple[tuple[str, str | None], int] | None:
    """An ISO 4217 code after the number ("42 KWD", "10MNT"); a code that is also a word
    ("5 ALL") only glued on."""
    found = scanner.tables.code_after.match(scanner.norm, pos)
    if found is None or found[2] not in known_currencies():
        return None
    if found[1] and found[2] in lex.WORD_CODES:
        return None
    return ("currency", found[2]), found.end()


def ends_word(scanner: Scanner, end: int, endings: frozenset[str], *, verbs: bool = False) -> bool:
    """Whether a one-syllable Korean word ends at ``end``: no syllable follows but one of
    ``endings`` (a particle), a qualifier or, with ``verbs``, a change verb glued on."""
    norm, tables = scanner.norm, scanner.tables
    following = norm[end : end + 1]
    if not (following and lex.is_hangul(following)) or following in endings:
        return True
    if tables.after.match(norm, end) is not None:
        return True
    return verbs and tables.signs.match(norm, end) is not None


def read_tail(scanner: Scanner, draft: Draft, pos: int) -> tuple[int, str | None]:
    """The currency word or counter after the number, or a word that makes it no amount."""
    if draft.native and (native := _native_word(scanner, draft, pos)) is not None:
        return native
    word = word_after(scanner, pos)
    if word is None:
        # 한, 두, 세, 네, 스무 only come before a counter: "세 이상" after 삼십 is 30 years (歲).
        return pos, "reject" if draft.native and _determiner(scanner.norm, pos) else None
    if word.kind == "skip":
        if scanner.tables.after.match(scanner.norm, pos) is not None:
            return pos, None  # "10초과" is over 10, not 10 seconds
        return (pos, None) if word.spaced else (word.end, "skip")
    if word.word == "%" and (escaped := _ESCAPES.match(scanner.norm, pos)) is not None:
        return escaped.end(), "skip"  # "30%25%2020%": %-escapes of an address, no percent
    if draft.native and not word.spaced and word.word not in lex.NATIVE_GLUED_COUNTERS:
        return pos, "reject"  # 한국, 세대: a native number glued to a syllable is a word
    if draft.native and draft.value == 1 and scanner.norm.startswith("도", word.end):
        return pos, "reject"  # "한 명도 없다": not even one
    if word.kind in ("currency", "currencies"):
        return _currency(scanner, draft, word, pos)
    if word.kind == "minor":
        return _minor_alone(scanner, draft, word, pos)
    if draft.unit is not None or draft.currency is not None:
        return pos, None
    norm = scanner.norm
    if word.kind == "per_only":
        if not norm.startswith("당", word.end):
            return pos, "reject"
    elif word.word == "대" and EXACT.remainder(draft.value, 10) == 0:
        return word.end, "skip"  # 20대, 30대: ages; 100대 기업: a ranking
    elif word.word == "주" and scanner.tables.weeks.match(norm, word.end):
        return word.end, "skip"  # 3주 만에: weeks
    elif word.meaning == TIMES:
        return _times(scanner, draft, word)
    elif word.kind == "tenths":
        return _tenths(scanner, draft, word)
    elif word.kind == "dozen":
        return _dozen(scanner, draft, word)
    draft.unit = word.meaning
    if norm.startswith("당", word.end) and word.meaning in COUNTING_UNITS:
        return word.end, "per"
    return word.end, None


def _native_word(scanner: Scanner, draft: Draft, pos: int) -> tuple[int, str | None] | None:
    """A word that means something else after a native number: "두 주" (weeks), "세 분"."""
    norm = scanner.norm
    begin = pos + norm.startswith(" ", pos)
    found = scanner.tables.native_words.match(norm, begin)
    if found is None or not ends_word(scanner, found[1], COUNTER_ENDINGS):
        return None
    meaning, end = found
    if meaning is None:
        return end, "skip"
    draft.unit = meaning
    return end, None


def _times(scanner: Scanner, draft: Draft, word: Word) -> tuple[int, str | None]:
    """A multiplier: "2배로" and "3倍多" (over 3 times) are multiples, "2배속" is a word."""
    end = word.end
    following = scanner.norm[end : end + 1]
    # "2배로", "2배이상" and "2배증가" are multiples; "2배속" (playback speed) is a word.
    if not ends_word(scanner, end, MULTIPLIER_ENDINGS, verbs=True):
        return end, "skip"
    draft.unit = TIMES
    if word.word == "倍" and following in lex.OVER_MARKS:
        if draft.qualifier == "exact":
            draft.qualifier = "over"
        end += 1
    return end, None


def _tenths(scanner: Scanner, draft: Draft, word: Word) -> tuple[int, str | None]:
    """Tenths as percent: "三成" 30%, "三成半" 35%, "3할" 30%, "3할 2푼" 32%.

    成 begins words of its own after a number ("5成员", "一成不变"), which are not tenths.
    """
    norm, end = scanner.norm, word.end
    if word.word == "成" and (norm[end : end + 1] in _CHENG_WORDS or norm.startswith("不变", end)):
        return end, "reject"
    value = EXACT.multiply(draft.value, _TEN)
    if word.word == "成" and norm.startswith("半", end):
        value, end = EXACT.add(value, _FIVE), end + 1
    elif word.word == "成" and (unit := _UNITS.match(norm, end)) is not None:
        value, end = (
            EXACT.add(value, Decimal(NUMERAL_DIGITS.get(unit[0], 0) or unit[0])),
            unit.end(),
        )
    elif (hundredths := scanner.tables.hundredths.match(norm, end)) is not None:
        value, end = EXACT.add(value, Decimal(hundredths["digits"])), hundredths.end()
    draft.value, draft.unit = tidy(value), word.meaning
    return end, None


def _han_word(char: str) -> bool:
    """Whether a Han character after 角 or 毛 makes a word of them (三角形, 三毛的)."""
    return "\u4e00" <= char <= "\u9fff" and char not in _MONEY_AFTER


def _dozen(scanner: Scanner, draft: Draft, word: Word) -> tuple[int, str | None]:
    """Dozens: "一打" 12, "五十打" 600. 打 is also a verb, hit or play: a number or a verb's
    ending after it ("以一打十", "打了") makes it one."""
    following = scanner.norm[word.end : word.end + 1]
    if following in _DA_VERB or following.isdigit():
        return word.end, "reject"
    draft.value, draft.unit = EXACT.multiply(draft.value, _DOZEN), word.meaning
    return word.end, None


def _minor_alone(scanner: Scanner, draft: Draft, word: Word, pos: int) -> tuple[int, str | None]:
    """A minor unit alone: "50 cents" is 0.5 (of a currency it does not name), "470 pence"
    4.7 GBP, "2角" 0.2 CNY. Some are read only after a major unit (分, sen); 角 and 毛 after a
    Han digit make words ("三角" is a triangle) unless they end the text."""
    places, code, after_major = lex.MINOR_UNITS[word.word.lower()]
    norm = scanner.norm
    han = not ("0" <= norm[draft.start] <= "9")
    following = norm[word.end : word.end + 1]
    tenths_word = word.word in ("角", "毛") and han and _han_word(following)
    if draft.unit or draft.currency or draft.currency_options or after_major or tenths_word:
        return pos, None
    default = scanner.hint.default
    if code is None and default is not None and minor_units(default) == places:
        code = default  # "50 cents", told the currency is USD
    draft.value = tidy(draft.value.scaleb(-places, EXACT))
    draft.currency, draft.money, draft.minor_places = code, True, places
    return word.end, None


def _currency(scanner: Scanner, draft: Draft, word: Word, pos: int) -> tuple[int, str | None]:
    """A currency word after the number. After a sign it must agree with the sign, though a
    shared word agrees with any currency it may mean: in "新台幣100億元" 元 is the NT dollar."""
    if draft.unit is not None:
        return pos, None
    if draft.currency is None and not draft.currency_options:
        draft.currency, draft.currency_options = scanner.currency_of(word.kind, word.meaning)
        draft.currency_word = word.word
        if draft.top in _INDIAN_SCALES and "INR" in draft.currency_options:
            draft.currency, draft.currency_options = "INR", ()  # "5 lakh rupees"
        return word.end, None
    if word.kind == "currencies":
        agrees = draft.currency in candidates(word.meaning or "")
    else:
        agrees = word.meaning in (draft.currency, *draft.currency_options)
        if agrees:  # "$5 Australian dollars": the word says which dollar
            draft.currency, draft.currency_options = word.meaning, ()
    return (word.end, None) if agrees else (pos, None)


def _determiner(norm: str, end: int) -> bool:
    """Whether a native number that is only a determiner, one word alone, ends at ``end``."""
    return any(
        norm.endswith(word, 0, end)
        and not lex.is_hangul(norm[end - len(word) - 1 : end - len(word)])
        for word in _DETERMINERS
    )
