"""The scanner behind parse_amount and find_amounts: where amounts start and what follows them.

A character class finds where a mention may start (a digit, a numeral, a currency sign, the
first letter of a qualifier or change verb). At each such position the scanner reads, in the
order news writes them:

1. prefixes: 每 (per), a change verb (暴跌, fell), a qualifier (약, 约合, more than), a
   currency sign or code ($, US$, 人民币), 百分之, a minus sign;
2. the number (:data:`aibrief._numerals.CORE`), a group written after a space, an over-mark
   (여, 多) and an English scale (million, M, bn);
3. a range's high end (~, -, to, 至);
4. the word after the number: a currency, a counter, or a word that makes the number a date,
   age or rank, which is then skipped rather than reported;
5. a price denominator (100만토큰당 ..., ... per million tokens, .../百万tokens);
6. a qualifier after it (이상, 가까이, 以上, or more) and a change verb (폭락, a 17% drop);
7. a stated equivalent in parentheses, itself a mention, then 6 again (2조원을 돌파).

Words are looked up with :class:`aibrief._lexicon.WordTable` (a dict by first character)
rather than long regex alternations, which Python's ``re`` tries one by one: find_amounts runs
this at every candidate position of an article, and parse_amount has a speed budget.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from decimal import Decimal
from typing import Final, NamedTuple

from aibrief import _lexicon as lex
from aibrief._decimal import EXACT
from aibrief._lexicon import Lang, Qualifier, WordTable
from aibrief._numerals import (
    BIG_SCALES,
    CORE,
    DIGIT_CORE,
    ENGLISH_SCALES,
    NUMERAL_DIGITS,
    SMALL_SCALES,
    Numeral,
    power_of_ten,
    read_numeral,
    tidy,
)
from aibrief._parsing import ParsedAmount, VagueMention

__all__ = ["Found", "Skipped", "read_simple", "scan"]

COUNTING_UNITS: Final = frozenset({"token", "person", "item", "gpu", "parameter", "share"})
_RATIO_UNITS: Final = frozenset({"percent", "percentage_point", "basis_point"})
# Korean particles that may follow the number before a qualifier: 2조원을 돌파, 10만이 넘는.
_QUALIFIER_PARTICLES: Final = frozenset("을를이가에")
# Particles and endings that may follow a spaced Korean counter: 원을, 명이, 원으로, 원어치.
_COUNTER_ENDINGS: Final = frozenset("의이가을를은는에도로으과와씩당만까어짜대부나")
_INNER_MARK: Final = re.compile("[여多余餘]")
_HALF: Final = Decimal("0.5")
_PER_FIRSTS: Final = frozenset("/每pP")
_SCALE_FIRSTS: Final = frozenset(" kKMBTmbtT")
_RANGE_FIRSTS: Final = frozenset(" ~-至到")

# Orders of magnitude without a figure. Korean: 수십억, 몇백만; Chinese: 数十亿, 几百万,
# 上百万, 十几亿, 数以万计; English: tens of billions, hundreds of millions, several billion.
_VAGUE: Final = (
    r"(?<![\uac00-\ud7a3])(?:십수|수|몇)\s?(?:[십백천][만억조]?|[만억조])"
    r"|(?:[数數几幾]|(?<!以)上)(?:[十百千][万萬亿億]{0,2}|[万萬亿億]{1,2})"
    r"|十[几幾][万萬亿億]{0,2}|[数數]以[百千万萬亿億][计計]|成千上[万萬]"
    r"|(?<![A-Za-z])(?i:(?:tens|hundreds|thousands|dozens|millions|billions|trillions)\s+of"
    r"(?:\s+(?:thousands|millions|billions|trillions)(?:\s+of)?)?"
    r"|(?:several|a\s+few|a\s+couple\s+of|many|multiple)\s+"
    r"(?:hundred|thousand|million|billion|trillion)s?(?:\s+(?:thousand|million|billion))?"
    r"|multi-?(?:million|billion|trillion))(?![A-Za-z])"
)
_VAGUE_FIRST: Final = "수몇십数數几幾上十成"
_VAGUE_POWERS: Final = {
    "십": 1, "백": 2, "천": 3, "만": 4, "억": 8, "조": 12, "十": 1, "百": 2, "千": 3,
    "万": 4, "萬": 4, "亿": 8, "億": 8,
}  # fmt: skip
_ENGLISH_VAGUE: Final = re.compile(r"ten|dozen|hundred|thousand|million|billion|trillion")
_ENGLISH_POWERS: Final = {
    "ten": 1, "dozen": 1, "hundred": 2, "thousand": 3, "million": 6, "billion": 9, "trillion": 12,
}  # fmt: skip


class Skipped(NamedTuple):
    """Digits that name a date, age, rank or product rather than an amount: "2023년", "A100"."""

    start: int
    end: int


Found = ParsedAmount | VagueMention | Skipped


def scan(text: str, lang: Lang) -> list[tuple[Found, bool]]:
    """Every mention in ``text``, in order, each with whether it is strong.

    A mention is strong when something says what the number counts or how big it is: a
    currency, a unit, a scale word or a qualifier. "40" or "2023" alone is not.
    """
    return _Scanner(text, lang).scan()


def read_simple(text: str, lang: Lang) -> ParsedAmount | None:
    """The commonest shape of a lone amount, read with one regex, or ``None`` to scan.

    Digits with 만/억 groups and an over-mark, a currency word or counter, a qualifier and a
    change verb after it: "557만6000달러", "41만1000여 명", "10% 가까이 급락", "100亿元以上".
    parse_amount tries this first because it is the speed-critical path; anything else (a
    prefix, a range, a price, an equivalent, a date word) goes through the scanner, and a test
    checks that both read every phrasing the same way.
    """
    tables = _tables()
    found = tables.simple.fullmatch(text)
    if found is None:
        return None
    numeral = read_numeral(found["core"])
    if numeral is None:
        return None
    currency = unit = None
    qualifier: Qualifier = "exact"
    if found["mark"] or (numeral.scaled and _INNER_MARK.search(found["core"])):
        qualifier = "over"
    if (word := found["word"]) is not None:
        kind, meaning = tables.tail_kinds[word]
        if kind == "currency":
            currency = meaning
        elif kind != "unit" or word in ("대", "주") or meaning == "token":
            return None  # dates and ages, 대 and 주 rules, prices: the scanner decides
        else:
            unit = meaning
    value = numeral.value
    if (after := found["after"]) is not None and qualifier == "exact":
        qualifier = lex.QUALIFIER_SUFFIXES[after]
    if found["verb"] is not None and lex.SIGN_SUFFIXES[found["verb"]] < 0:
        value = EXACT.minus(value)
    start, end = found.start("core"), found.end("body")
    return ParsedAmount(
        value=value,
        currency=currency,
        unit=unit,
        qualifier=qualifier,
        span=(start, end),
        text=text[start:end],
        lang=lang,
    )


class _Tables:
    """The word tables and small regexes of the scanner, built once, on first use."""

    def __init__(self) -> None:
        self.verbs = WordTable(lex.SIGN_PREFIXES)
        self.before = WordTable(lex.QUALIFIER_PREFIXES, word_start=True)
        self.currencies = WordTable({**lex.CURRENCY_PREFIXES, "¥": "¥"}, word_start=True)
        self.tail = WordTable(_tail_kinds())
        self.after = WordTable(lex.QUALIFIER_SUFFIXES)
        self.signs = WordTable(lex.SIGN_SUFFIXES)
        # What may follow an amount: a qualifier, a particle before one, a change verb.
        self.after_firsts = (
            self.after.firsts | self.signs.firsts | _QUALIFIER_PARTICLES | {"이", "나"}
        )
        self.labels = WordTable(dict.fromkeys(lex.EQUIVALENT_LABELS, ""))
        self.scales = WordTable(
            {word: power for word, power in ENGLISH_SCALES.items() if len(word) > 1}
        )
        self.per = WordTable({"per": ""})
        self.articles = WordTable({"a": "", "one": ""})
        self.modifiers = WordTable({"input": "", "output": "", "cached": ""})
        self.candidates = re.compile(_candidates(self))
        self.core = re.compile(CORE)
        self.han_digits = re.compile("[〇零一二两兩三四五六七八九]+")
        self.vague = re.compile(_VAGUE)
        self.range = re.compile(r"\s*~\s*|-|\s+(?i:to)\s+|\s*[至到]\s*")
        self.verb_gap = re.compile(r"\s+(?i:by)\s+|了|\s*")
        self.junk = re.compile(r"[0-9A-Za-z_]|[-/.:,][0-9]")
        self.junk_run = re.compile(r"[0-9A-Za-z_\-/.:,]*")
        self.weeks = re.compile(r"\s*(?:만에|동안|연속|전|후|뒤)")
        self.paren = re.compile(r"\s?\(\s*")
        self.close = re.compile(r"\s*\)")
        self.spaced_group = re.compile(rf" (?:{CORE})")
        normalized = "".join(re.escape(chr(code)) for code in lex.NORMALIZE)
        self.unnormalized = re.compile(f"[{normalized}]")
        self.tail_kinds = _tail_kinds()
        self.simple = re.compile(_simple_pattern(self.tail_kinds))


@functools.cache
def _tables() -> _Tables:
    return _Tables()


def _tail_kinds() -> dict[str, tuple[str, str | None]]:
    """What each word after a number makes of it: a currency, a unit or a non-amount."""
    kinds: dict[str, tuple[str, str | None]] = dict.fromkeys(lex.NON_AMOUNT_WORDS, ("skip", None))
    kinds |= {word: ("per_only", unit) for word, unit in lex.PER_ONLY_COUNTERS.items()}
    kinds |= {word: ("unit", unit) for word, unit in lex.COUNTERS.items()}
    kinds |= {word: ("currency", code) for word, code in lex.CURRENCY_WORDS.items()}
    return kinds


def _simple_pattern(kinds: dict[str, tuple[str, str | None]]) -> str:
    """The regex of :func:`read_simple`: a lone amount with only words after the number.

    A text that needs any other rule fails to match it as a whole ("557만 6000달러",
    "100만 개발", "2023년", "100만토큰당"), so the scanner reads it.
    """
    words = [word for word, (kind, _) in kinds.items() if kind in ("currency", "unit")]
    # Each part is an atomic group: once read it is never re-tried, so a text that does not
    # fit fails at once instead of backtracking through the word lists.
    return (
        rf"\s*(?P<body>(?P<core>(?>{DIGIT_CORE}))(?P<mark>[여多余餘])?"
        rf"(?>(?: ?(?P<word>{_alternation(words)}))?)"
        rf"(?>(?: ?(?:[을를이가에] ?)?(?P<after>{_alternation(lex.QUALIFIER_SUFFIXES)}))?)"
        rf"(?>(?: ?(?P<verb>{_alternation(lex.SIGN_SUFFIXES)}))?))\s*"
    )


def _alternation(words: Iterable[str]) -> str:
    """Words as a regex alternation, longest first, Latin words whole.

    Case is matched exactly (the tables are lower case): each branch then starts with a
    literal that the regex engine skips in one comparison, and a text in other case simply
    goes to the scanner, which ignores case.
    """
    parts = []
    for word in sorted(words, key=len, reverse=True):
        pattern = re.escape(word)
        if lex.is_latin(word[-1]):
            pattern += "(?![A-Za-z])"
        parts.append(pattern)
    return "|".join(parts)


def _candidates(tables: _Tables) -> str:
    """A regex for where a mention may start: digits, numerals, signs, first letters."""
    words = [*lex.SIGN_PREFIXES, *lex.QUALIFIER_PREFIXES, *lex.CURRENCY_PREFIXES]
    firsts = {word[0] for word in words} | set(_VAGUE_FIRST) | set("每~-¥百0123456789")
    firsts |= {char[0] for char in (*NUMERAL_DIGITS, *SMALL_SCALES, *BIG_SCALES)}
    latin = {char for char in firsts if char.isascii() and char.isalpha()} | set("thdmbsa")
    latin |= {char.upper() for char in latin}
    others = "".join(re.escape(char) for char in sorted(firsts - latin))
    return rf"[{others}]|(?<![A-Za-z])[{''.join(sorted(latin))}]"


class _Start(NamedTuple):
    """What comes before a number: where the mention starts and the prefixes read."""

    start: int
    each: bool
    sign: int
    qualifier: Qualifier
    currency: str | None
    percent: bool
    core: re.Match[str]


class _Word(NamedTuple):
    """A word after a number, with what it makes of the number."""

    kind: str
    meaning: str | None
    word: str
    end: int
    spaced: bool


class _Draft:
    """An amount being read; becomes a ParsedAmount once its end is known.

    Class attributes hold the defaults, so a draft only stores what it changes.
    """

    low: Decimal | None = None
    high: Decimal | None = None
    currency: str | None = None
    unit: str | None = None
    qualifier: Qualifier = "exact"
    sign = 1
    scaled = False
    numeral_only = False
    per: ParsedAmount | None = None
    equivalent: ParsedAmount | None = None

    def __init__(self, start: int, value: Decimal) -> None:
        self.start = self.end = start
        self.value = value

    def strong(self) -> bool:
        """Whether something says what the number counts or how big it is (not "40", "2023")."""
        qualified = self.qualifier not in ("exact", "range")
        return bool(self.currency or self.unit or self.scaled or self.per or qualified)


_Read = tuple[_Draft | VagueMention | Skipped | None, int]


class _Scanner:
    """Reads the mentions of one text, left to right."""

    __slots__ = ("lang", "norm", "tables", "text", "whole")

    def __init__(self, text: str, lang: Lang) -> None:
        self.tables = tables = _tables()
        self.text = text
        self.norm = text.translate(lex.NORMALIZE) if tables.unnormalized.search(text) else text
        self.lang = lang
        self.whole = (len(text) - len(text.lstrip()), len(text.rstrip()))

    def scan(self) -> list[tuple[Found, bool]]:
        found: list[tuple[Found, bool]] = []
        search = self.tables.candidates.search
        pos = 0
        while (candidate := search(self.norm, pos)) is not None:
            start = candidate.start()
            item, end = self.read_at(start)
            if isinstance(item, _Draft):
                found.append((self.build(item), item.strong()))
            elif item is not None:
                found.append((item, not isinstance(item, Skipped)))
            pos = max(end, start + 1)
        return found

    def read_at(self, pos: int) -> _Read:
        char = self.norm[pos]
        if char in _VAGUE_FIRST or (char.isalpha() and char.isascii()):
            vague = self.tables.vague.match(self.norm, pos)
            if vague is not None:
                return self.read_vague(vague)
        start = self.read_prefixes(pos)
        if start is None:
            return None, pos + 1
        return self.read_amount(start)

    # Before the number.

    def read_prefixes(self, pos: int) -> _Start | None:
        """每, a change verb, then the rest; "up to 5%" is a qualifier, not the verb "up"."""
        if "0" <= self.norm[pos] <= "9":  # the common case: no prefix
            core = self.tables.core.match(self.norm, pos)
            return None if core is None else _Start(pos, False, 1, "exact", None, False, core)
        each = self.norm.startswith("每", pos)
        after = self.skip_spaces(pos + 1) if each else pos
        verb = self.tables.verbs.match(self.norm, after)
        if verb is not None:
            gap = self.tables.verb_gap.match(self.norm, verb[1])
            found = self.read_rest(pos, each, verb[0], gap.end() if gap else verb[1])
            if found is not None:
                return found
        return self.read_rest(pos, each, 1, after)

    def read_rest(self, start: int, each: bool, sign: int, pos: int) -> _Start | None:
        """A qualifier, a minus sign, a currency sign, 百分之, then the number.

        The minus may come before the sign ("-US$5.00", "约-557.6万美元") or after it.
        """
        norm, tables = self.norm, self.tables
        qualifier: Qualifier = "exact"
        if (found := tables.before.match(norm, pos)) is not None:
            qualifier, pos = found[0], self.skip_spaces(found[1])
        elif norm.startswith("~", pos) and not norm[pos - 1 : pos].isalnum():
            qualifier, pos = "about", self.skip_spaces(pos + 1)  # "(~$5.6M)"
        if norm.startswith("-", pos) and (pos > start or self.minus_ok(pos)):
            sign, pos = -sign, pos + 1
        currency = None
        if (sign_found := tables.currencies.match(norm, pos)) is not None:
            code, pos = sign_found
            currency = lex.YEN_SIGN[self.lang] if code == "¥" else code
            pos += norm.startswith(" ", pos)
            if norm.startswith("-", pos) and sign > 0:
                sign, pos = -sign, pos + 1
        percent = norm.startswith("百分之", pos)
        if percent:
            pos += 3
        core = tables.core.match(norm, pos)
        if core is None and percent:
            core = tables.han_digits.match(norm, pos)
        if core is None:
            return None
        return _Start(start, each, sign, qualifier, currency, percent, core)

    def minus_ok(self, pos: int) -> bool:
        """A minus sign, not the hyphen of GPT-4 or of a range."""
        return pos == 0 or not (self.norm[pos - 1].isalnum() or self.norm[pos - 1] in ".-")

    def left_ok(self, start: int, core: str) -> bool:
        """Whether the character before an unprefixed number lets it start an amount."""
        if start == 0:
            return True
        before = self.norm[start - 1]
        if before.isascii():
            if before == "-":  # GPT-4, 딥시크-R1: a hyphen after a name
                return start < 2 or not self.norm[start - 2].isalnum()
            return not (before.isalnum() or before in "_.,")
        if "\uac00" <= before <= "\ud7a3":  # 라마3, 제3: digits glued to a Hangul word
            return "\u4e00" <= core[0] <= "\u9fff"
        return before != "第"

    # The number.

    def read_amount(self, start: _Start) -> _Read:
        core, core_start, core_end = start.core[0], start.core.start(), start.core.end()
        if start.start == core_start and not self.left_ok(core_start, core):
            return None, core_end
        numeral = read_numeral(core)
        if numeral is None:
            return None, core_end
        if numeral.top_group and "0" <= core[0] <= "9":
            core, core_end, numeral = self.spaced_group(core, core_end, numeral)
        draft = _Draft(core_start if start.each else start.start, numeral.value)
        if numeral.scaled:
            draft.scaled = True
            if start.qualifier == "exact" and _INNER_MARK.search(core):
                draft.qualifier = "over"  # 10여억, 10多亿
        if not "0" <= core[0] <= "9":
            draft.numeral_only = True
        if start.start != core_start:
            draft.sign, draft.currency = start.sign, start.currency
            if start.qualifier != "exact":
                draft.qualifier = start.qualifier
            if start.percent:
                draft.unit = "percent"
        return self.read_following(draft, start, core_start, core_end, numeral.top_group)

    def spaced_group(self, core: str, end: int, numeral: Numeral) -> tuple[str, int, Numeral]:
        """Join a group written after a space ("557만 6000달러") when it continues the number."""
        found = self.tables.spaced_group.match(self.norm, end)
        if found is None or core[-1] not in BIG_SCALES:
            return core, end, numeral
        joined = read_numeral(core + found[0][1:])
        after = self.tail_word(found.end())
        if joined is None or (after is not None and after.kind == "skip"):
            return core, end, numeral
        return core + found[0][1:], found.end(), joined

    def read_scale(self, draft: _Draft, pos: int, after_sign: bool) -> int:
        """An over-mark (41만1000여, 10多) or an English scale (5.6 million, $5.6M)."""
        if self.norm[pos : pos + 1] in lex.OVER_MARKS and pos < len(self.norm):
            if draft.qualifier == "exact":
                draft.qualifier = "over"
            return pos + 1
        if draft.numeral_only or draft.scaled or self.norm[pos : pos + 1] not in _SCALE_FIRSTS:
            return pos
        scale = self.scale_at(pos, after_sign)
        if scale is None:
            return pos
        draft.value = tidy(EXACT.multiply(draft.value, power_of_ten(scale[0])))
        draft.scaled = True
        return scale[1]

    def scale_at(self, pos: int, lower_letters: bool) -> tuple[int, int] | None:
        """An English scale at ``pos``: a word (million, bn) or a letter glued on (M, B, K)."""
        norm = self.norm
        letter = norm[pos : pos + 1]
        glued = letter in "kKMBT" or (lower_letters and letter in "mb")
        if letter and glued and not lex.is_latin(norm[pos + 1 : pos + 2]):
            return ENGLISH_SCALES[letter.lower()], pos + 1
        return self.tables.scales.match(norm, pos + norm.startswith(" ", pos))

    def read_following(
        self, draft: _Draft, start: _Start, core_start: int, core_end: int, top_group: int
    ) -> _Read:
        pos = self.read_scale(draft, core_end, start.currency is not None)
        pos = self.read_range(draft, pos)
        if (junk := self.junk_after(draft, pos)) is not None:
            return junk
        pos, tail = self.read_tail(draft, pos)
        if tail == "skip":
            return Skipped(draft.start, pos), pos
        counted = draft.currency or draft.unit or (core_start, core_end) == self.whole
        if tail == "reject" or (draft.numeral_only and not counted):
            return None, core_end  # numerals alone (천재, 千万) are words, not amounts
        if tail == "per" or start.each:
            draft.end = pos
            return self.read_price(draft, pos + (tail == "per"), start.start)
        if draft.low is None and (draft.unit or draft.currency):
            pos = self.read_range_after_unit(draft, pos)
        pos = self.read_per(draft, pos)
        pos = self.read_after(draft, pos)
        if (equivalent := self.read_equivalent(draft, pos)) is not None:
            draft.equivalent, pos = equivalent
            pos = self.read_after(draft, pos)
        draft.end = pos
        return draft, pos

    def junk_after(self, draft: _Draft, pos: int) -> _Read | None:
        """Digits that run on into letters or another number: a name, a date, a version."""
        norm = self.norm
        junk = self.tables.junk.match(norm, pos)
        if junk is None:
            return None
        char = junk[0][0]
        if char.isalpha():
            word = self.tail_word(pos)
            if word is not None and not word.spaced:
                return None
        if char == "/" and draft.currency and self.read_per(draft, pos) != pos:
            return None
        end = self.tables.junk_run.match(norm, pos).end()  # type: ignore[union-attr]
        return Skipped(draft.start, end), end

    # A range.

    def read_range(self, draft: _Draft, pos: int, *, borrow: bool = True) -> int:
        """A second number after ~, -, to or 至: "5~6조원", "$5-6 million", "1억~2억 달러".

        A bare low end borrows the high end's scale ("5~6조" is 5조 to 6조) unless the high
        end is a whole amount of its own ("1달러~1만달러", "$1 to $1.001K").
        """
        norm, tables = self.norm, self.tables
        if norm[pos : pos + 1] not in _RANGE_FIRSTS:
            return pos
        found = tables.range.match(norm, pos)
        if found is None:
            return pos
        end = found.end()
        currency = None
        if (sign_found := tables.currencies.match(norm, end)) is not None:
            code, end = sign_found
            currency = lex.YEN_SIGN[self.lang] if code == "¥" else code
            end += norm.startswith(" ", end)
        high = self.range_high(end, currency is not None)
        if high is None or (draft.currency and currency not in (None, draft.currency)):
            return pos
        high_value, top, end = high
        low = draft.value
        if borrow and currency is None and not draft.scaled and top:
            borrowed = tidy(EXACT.multiply(low, power_of_ten(top)))
            low = borrowed if borrowed < high_value else low
        if not low < high_value or tables.junk.match(norm, end):
            return pos
        draft.currency = draft.currency or currency
        draft.low, draft.high, draft.qualifier = low, high_value, "range"
        draft.value = tidy(EXACT.multiply(EXACT.add(low, high_value), _HALF))
        return end

    def range_high(self, pos: int, after_sign: bool) -> tuple[Decimal, int, int] | None:
        """A range's high end: its value, the scale a bare low end borrows, where it ends."""
        core = self.tables.core.match(self.norm, pos)
        high = read_numeral(core[0]) if core is not None else None
        if core is None or high is None:
            return None
        if high.scaled or not "0" <= core[0][0] <= "9":
            return high.value, high.top_group, core.end()
        scale = self.scale_at(core.end(), after_sign)
        if scale is None:
            return high.value, 0, core.end()
        exponent, end = scale
        return tidy(EXACT.multiply(high.value, power_of_ten(exponent))), exponent, end

    def read_range_after_unit(self, draft: _Draft, pos: int) -> int:
        """A range whose ends both carry the unit: "10%~20%", "100억위안~200억위안"."""
        before = (draft.value, draft.qualifier, draft.currency, draft.scaled)
        end = self.read_range(draft, pos, borrow=False)
        if end == pos:
            return pos
        word = self.tail_word(end)
        if word is not None and word.meaning in (draft.unit, draft.currency):
            return word.end
        draft.value, draft.qualifier, draft.currency, draft.scaled = before
        draft.low = draft.high = None
        return pos

    # The word after the number, and prices.

    def tail_word(self, pos: int) -> _Word | None:
        """The word after a number; a spaced one-syllable Korean counter must end its word.

        "80억 원을" and "1만 명이" are amounts, but "100만 개발자" is not 100만 개 (items).
        """
        norm = self.norm
        spaced = norm.startswith(" ", pos)
        begin = pos + spaced
        found = self.tables.tail.match(norm, begin)
        if found is None:
            return None
        (kind, meaning), end = found
        word = norm[begin:end]
        if spaced and len(word) == 1 and lex.is_hangul(word):
            following = norm[end : end + 1]
            if following and lex.is_hangul(following) and following not in _COUNTER_ENDINGS:
                return None
        return _Word(kind, meaning, word, end, spaced)

    def read_tail(self, draft: _Draft, pos: int) -> tuple[int, str | None]:
        """The currency word or counter after the number, or a word that makes it no amount."""
        word = self.tail_word(pos)
        if word is None:
            return pos, None
        if word.kind == "skip":
            return (pos, None) if word.spaced else (word.end, "skip")
        if word.kind == "currency":
            return self.tail_currency(draft, word, pos)
        if draft.unit is not None or draft.currency is not None:
            return pos, None
        if word.kind == "per_only":
            if not self.norm.startswith("당", word.end):
                return pos, "reject"
        elif word.word == "대" and draft.value % 10 == 0:
            return word.end, "skip"  # 20대, 30대: ages; 100대 기업: a ranking
        elif word.word == "주" and self.tables.weeks.match(self.norm, word.end):
            return word.end, "skip"  # 3주 만에: weeks
        draft.unit = word.meaning
        if self.norm.startswith("당", word.end) and word.meaning in COUNTING_UNITS:
            return word.end, "per"
        return word.end, None

    def tail_currency(self, draft: _Draft, word: _Word, pos: int) -> tuple[int, str | None]:
        if draft.unit is not None:
            return pos, None
        generic = word.word in lex.GENERIC_CURRENCY_WORDS  # 新台幣100億元: 元 says no currency
        if draft.currency not in (None, word.meaning) and not generic:
            return pos, None
        draft.currency = draft.currency or word.meaning
        return word.end, None

    def read_price(self, denominator: _Draft, pos: int, start: int) -> _Read:
        """The price after a denominator: "100만토큰당 1위안", "每百万tokens 1元"."""
        pos = self.skip_spaces(pos)
        if pos >= len(self.norm) or self.tables.vague.match(self.norm, pos):
            return self.lone(denominator)
        found = self.read_prefixes(pos)
        if found is None or found.each:
            return self.lone(denominator)
        price, end = self.read_amount(found)
        if not isinstance(price, _Draft) or price.per is not None:
            return self.lone(denominator)
        if not (price.currency or price.unit):
            return self.lone(denominator)
        price.per = self.build(denominator)
        if price.equivalent is not None and price.equivalent.per is None:
            price.equivalent = self.with_per(price.equivalent, price.per)
        price.start = start
        return price, end

    def lone(self, draft: _Draft) -> _Read:
        """A denominator with no price after it is a count of its own: "100만토큰"."""
        return (draft if draft.unit else None), draft.end

    def read_per(self, draft: _Draft, pos: int) -> int:
        """A denominator after the price: "$2 per million tokens", "1元/百万tokens"."""
        if not (draft.currency or draft.unit) or draft.unit in _RATIO_UNITS or draft.per:
            return pos
        norm, tables = self.norm, self.tables
        at = self.skip_spaces(pos)
        if norm[at : at + 1] not in _PER_FIRSTS:
            return pos
        if norm[at : at + 1] in ("/", "每") and at < len(norm):
            at += 1
        elif (per := tables.per.match(norm, at)) is not None:
            at = per[1]
        else:
            return pos
        count_start = at = self.skip_spaces(at)
        count = Decimal(1)
        if (core := tables.core.match(norm, at)) is not None:
            numeral = read_numeral(core[0])
            if numeral is None:
                return pos
            count, at = numeral.value, core.end()
        elif (article := tables.articles.match(norm, at)) is not None:
            at = self.skip_spaces(article[1])
        if (scale := self.scale_at(at, False)) is not None:
            count, at = tidy(EXACT.multiply(count, power_of_ten(scale[0]))), scale[1]
        at = self.skip_spaces(at)
        if (modifier := tables.modifiers.match(norm, at)) is not None:
            at = self.skip_spaces(modifier[1])
        unit = tables.tail.match(norm, at)
        if unit is None or unit[0][1] not in COUNTING_UNITS or unit[0][0] != "unit":
            return pos
        end = unit[1]
        draft.per = ParsedAmount(
            value=count,
            unit=unit[0][1],
            span=(count_start, end),
            text=self.text[count_start:end],
            lang=self.lang,
        )
        return end

    # After the amount.

    def read_after(self, draft: _Draft, pos: int) -> int:
        """A qualifier ("1만개 이상", "2조원을 돌파") and a change verb ("17% 폭락")."""
        norm, tables = self.norm, self.tables
        at = pos + norm.startswith(" ", pos)
        if norm[at : at + 1] not in tables.after_firsts:
            return pos
        found = tables.after.match(norm, at)
        if found is None and norm[at : at + 1] in _QUALIFIER_PARTICLES:
            particle_end = at + 1
            found = tables.after.match(norm, particle_end + norm.startswith(" ", particle_end))
        if found is not None:
            if draft.qualifier == "exact":
                draft.qualifier = found[0]
            pos = found[1]
        at = pos + norm.startswith(" ", pos)
        if norm.startswith("이나", at) or norm.startswith("나", at):  # 17%나 폭락
            at = self.skip_spaces(at + (2 if norm[at] == "이" else 1))
        if (verb := tables.signs.match(norm, at)) is not None:
            draft.sign *= verb[0]
            pos = verb[1]
        return pos

    def read_equivalent(self, draft: _Draft, pos: int) -> tuple[ParsedAmount, int] | None:
        """A stated conversion in parentheses: "(약 80억원)", "(about $5.6M)", "（约合4亿元）"."""
        norm, tables = self.norm, self.tables
        if norm[pos : pos + 2].lstrip()[:1] != "(":
            return None
        opening = tables.paren.match(norm, pos)
        if opening is None:
            return None
        at = opening.end()
        if (label := tables.labels.match(norm, at)) is not None:
            at = self.skip_spaces(label[1])
        if at >= len(norm) or tables.vague.match(norm, at):
            return None
        found = self.read_prefixes(at)
        if found is None or found.each:
            return None
        inner, _ = self.read_amount(found)
        if not isinstance(inner, _Draft) or not (inner.currency or inner.unit):
            return None
        closing = tables.close.match(norm, inner.end)
        if closing is None:
            return None
        inner.per = inner.per or draft.per
        return self.build(inner), closing.end()

    # Vague mentions.

    def read_vague(self, match: re.Match[str]) -> _Read:
        """An order of magnitude ("수십억 원", "数十亿元", "hundreds of millions of dollars")."""
        norm, end = self.norm, match.end()
        currency = unit = None
        if norm[end : end + 7].lower() == "-dollar":  # a multibillion-dollar deal
            currency, end = "USD", end + 7
        else:
            at = end + norm.startswith(" ", end)
            if norm[at : at + 3].lower() == "of ":
                at += 3
            word = self.tables.tail.match(norm, at)
            if word is not None:
                (kind, meaning), word_end = word
                if kind == "skip":  # 수천 년: thousands of years
                    return Skipped(match.start(), word_end), word_end
                if kind == "currency":
                    currency, end = meaning, word_end
                elif kind == "unit":
                    unit, end = meaning, word_end
        span = (match.start(), end)
        vague = VagueMention(
            magnitude=power_of_ten(_vague_power(match[0])),
            currency=currency,
            unit=unit,
            span=span,
            text=self.text[span[0] : span[1]],
            lang=self.lang,
        )
        return vague, end

    # Helpers.

    def skip_spaces(self, pos: int) -> int:
        norm = self.norm
        while pos < len(norm) and norm[pos].isspace():
            pos += 1
        return pos

    def with_per(self, amount: ParsedAmount, per: ParsedAmount) -> ParsedAmount:
        return ParsedAmount(
            value=amount.value,
            currency=amount.currency,
            unit=amount.unit,
            per=per,
            qualifier=amount.qualifier,
            low=amount.low,
            high=amount.high,
            span=amount.span,
            text=amount.text,
            lang=amount.lang,
        )

    def build(self, draft: _Draft) -> ParsedAmount:
        value, low, high = draft.value, draft.low, draft.high
        if draft.sign < 0:
            value = EXACT.minus(value)
            if low is not None and high is not None:
                low, high = EXACT.minus(high), EXACT.minus(low)
        return ParsedAmount(
            value=value,
            currency=draft.currency,
            unit=draft.unit,
            per=draft.per,
            qualifier=draft.qualifier,
            low=low,
            high=high,
            equivalent=draft.equivalent,
            span=(draft.start, draft.end),
            text=self.text[draft.start : draft.end],
            lang=self.lang,
        )


def _vague_power(words: str) -> int:
    """The power of ten a vague phrase names: 수십억 is 10^9, hundreds of millions 10^8."""
    if words.startswith("成千"):
        return 3
    if words.isascii():
        return sum(_ENGLISH_POWERS[word] for word in _ENGLISH_VAGUE.findall(words.lower()))
    return sum(_VAGUE_POWERS.get(char, 0) for char in words)
