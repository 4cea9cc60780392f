"""The full scanner: reads every mention of a text, left to right.

A character class finds where a mention may start (a digit, a numeral, a currency sign, the
first letter of a qualifier or change verb). At each such position the scanner reads, in the
order news writes them:

1. prefixes: 每 (per), a change verb (暴跌, fell), a qualifier (약, 约合, more than), a
   currency sign or code ($, US$, 人民币), 百分之, a minus sign;
2. the number (:data:`aibrief._reading.numerals.CORE`), a group written after a space, an over-mark
   (여, 多) and an English scale (million, M, bn); a fraction's numerator after 분의 or 分之
   ("7분의 1", "七分之一"), in :mod:`aibrief._reading.scan.fractions`;
3. a range's high end (~, -, to, 至), in :mod:`aibrief._reading.scan.ranges`;
4. the word after the number: a currency, a counter, a multiplier (2배, 3倍, 10x), or a word
   that makes the number a date, age or rank, which is then skipped rather than reported;
5. a price denominator (100만토큰당 ..., ... per million tokens, .../百万tokens), in
   :mod:`aibrief._reading.scan.prices`;
6. a qualifier after it (이상, 가까이, 以上, or more) and a change verb (폭락, a 17% drop),
   except after a multiple: "2배 증가" is 2 times, with the verb left out of the mention;
7. a stated equivalent in parentheses, itself a mention (:mod:`aibrief._reading.scan.prices`),
   then 6 again (2조원을 돌파).

Vague mentions ("수십억 원") are read by :mod:`aibrief._reading.scan.vague`.
"""

from __future__ import annotations

import re
from typing import Final

from aibrief._core.decimal import EXACT
from aibrief._core.types import Lang
from aibrief._quantities.approx import Qualifier
from aibrief._reading import lexicon as lex
from aibrief._reading.mentions import ParsedAmount
from aibrief._reading.numerals import (
    BIG_SCALES,
    ENGLISH_SCALES,
    Numeral,
    power_of_ten,
    read_numeral,
    tidy,
)
from aibrief._reading.scan import fractions, prices, vague
from aibrief._reading.scan.ranges import read_range, read_range_after_unit
from aibrief._reading.scan.tables import (
    COUNTER_ENDINGS,
    COUNTING_UNITS,
    INNER_MARK,
    MULTIPLIER_ENDINGS,
    QUALIFIER_PARTICLES,
    SCALE_FIRSTS,
    TIMES,
    VAGUE_FIRSTS,
    Draft,
    Found,
    Read,
    Skipped,
    Start,
    Word,
    tables,
)

__all__ = ["Scanner"]

# After "8x", a name or a model ("H100", "NVIDIA A100") counts items, not times: 8 GPUs.
_NAMED_AFTER: Final = re.compile(r" +[A-Z0-9]")
# How deep amounts may nest in amounts: a price's denominator, the price, its equivalent in
# parentheses ("100만토큰당 1위안(200원)") is three. Deeper text ("1만(1만(1만(...") is no
# amount, and reading it would recurse once per level, past Python's limit.
_DEEPEST: Final = 4


class Scanner:
    """Reads the mentions of one text, left to right."""

    __slots__ = ("depth", "lang", "norm", "tables", "text", "whole")

    def __init__(self, text: str, lang: Lang) -> None:
        self.tables = tables()
        self.text = text
        self.norm = text.translate(lex.NORMALIZE) if self.tables.unnormalized.search(text) else text
        self.lang = lang
        self.whole = (len(text) - len(text.lstrip()), len(text.rstrip()))
        self.depth = 0  # how many amounts are being read inside one another

    def scan(self) -> list[tuple[Found, bool]]:
        """Every mention, in order, each with whether it is strong (see :meth:`Draft.strong`)."""
        found: list[tuple[Found, bool]] = []
        search = self.tables.candidates.search
        pos = 0
        while (candidate := search(self.norm, pos)) is not None:
            start = candidate.start()
            item, end = self.read_at(start)
            if isinstance(item, Draft):
                found.append((self.build(item), item.strong()))
            elif item is not None:
                found.append((item, not isinstance(item, Skipped)))
            pos = max(end, start + 1)
        return found

    def read_at(self, pos: int) -> Read:
        char = self.norm[pos]
        if char in VAGUE_FIRSTS or (char.isalpha() and char.isascii()):
            match = self.tables.vague.match(self.norm, pos)
            if match is not None:
                return vague.read_vague(self, match)
        start = self.read_prefixes(pos)
        if start is None:
            # Nothing starts inside a run of numeral digits either: skip it whole, or a long
            # run ("一一一...") would be read again from each of its characters.
            return None, max(self.tables.numeral_run.match(self.norm, pos).end(), pos + 1)  # type: ignore[union-attr]
        return self.read_amount(start)

    def read_inner(self, start: Start) -> Read:
        """An amount inside another (a price after its denominator, an equivalent), at most
        :data:`_DEEPEST` deep."""
        if self.depth >= _DEEPEST:
            return None, start.core.end()
        self.depth += 1
        try:
            return self.read_amount(start)
        finally:
            self.depth -= 1

    # Before the number.

    def read_prefixes(self, pos: int) -> Start | None:
        """每, a change verb, then the rest; "up to 5%" is a qualifier, not the verb "up"."""
        if "0" <= self.norm[pos] <= "9":  # the common case: no prefix
            core = self.tables.core.match(self.norm, pos)
            return None if core is None else Start(pos, False, 1, "exact", None, False, core)
        each = self.norm.startswith("每", pos)
        after = self.skip_spaces(pos + 1) if each else pos
        verb = self.tables.verbs.match(self.norm, after)
        if verb is not None:
            gap = self.tables.verb_gap.match(self.norm, verb[1])
            found = self.read_rest(pos, each, verb[0], gap.end() if gap else verb[1], verb=True)
            if found is not None:
                return found
        return self.read_rest(pos, each, 1, after)

    def read_rest(
        self, start: int, each: bool, sign: int, pos: int, *, verb: bool = False
    ) -> Start | None:
        """A qualifier, a minus sign, a currency sign, 百分之, then the number.

        The minus may come before the sign ("-US$5.00", "约-557.6万美元") or after it.
        """
        norm, tables = self.norm, self.tables
        verb_end = pos if verb else None
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
        if core is None:  # 百分之五, 七分之一, 两倍: digits a scale word does not follow
            core = tables.han_digits.match(norm, pos)
            if core is None or not (percent or self.han_digits_ok(core)):
                return None
        return Start(start, each, sign, qualifier, currency, percent, core, verb_end)

    def han_digits_ok(self, core: re.Match[str]) -> bool:
        """Han digits without a scale are a number before 分之 (七分之一) or one before 倍 (两倍).

        One digit only before 倍: "一二三倍" is no way to write 123 times.
        """
        after = core.end()
        if self.norm.startswith("分之", after):
            return True
        return len(core[0]) == 1 and self.norm.startswith("倍", after)

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

    def read_amount(self, start: Start) -> Read:
        core, core_start, core_end = start.core[0], start.core.start(), start.core.end()
        if start.start == core_start and not self.left_ok(core_start, core):
            return None, core_end
        numeral = read_numeral(core)
        if numeral is None:
            return None, core_end
        if numeral.top_group and "0" <= core[0] <= "9":
            core, core_end, numeral = self.spaced_group(core, core_end, numeral)
        draft = Draft(core_start if start.each else start.start, numeral.value)
        if numeral.scaled:
            draft.scaled = True
            if start.qualifier == "exact" and INNER_MARK.search(core):
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

    def read_scale(self, draft: Draft, pos: int, after_sign: bool) -> int:
        """An over-mark (41만1000여, 10多) or an English scale (5.6 million, $5.6M)."""
        if self.norm[pos : pos + 1] in lex.OVER_MARKS and pos < len(self.norm):
            if draft.qualifier == "exact":
                draft.qualifier = "over"
            return pos + 1
        if draft.numeral_only or draft.scaled or self.norm[pos : pos + 1] not in SCALE_FIRSTS:
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
        self, draft: Draft, start: Start, core_start: int, core_end: int, top_group: int
    ) -> Read:
        pos = self.read_scale(draft, core_end, start.currency is not None)
        # Before the word after the number, which would make "7분" seven minutes.
        if (fraction := fractions.read_fraction(self, draft, core_start, pos)) is not None:
            return fraction
        pos = read_range(self, draft, pos)
        if (junk := self.junk_after(draft, pos)) is not None:
            return junk
        pos, tail = self.read_tail(draft, pos)
        if tail == "skip":
            return Skipped(draft.start, pos), pos
        if draft.unit == TIMES and start.verb_end is not None:
            return None, start.verb_end  # "rose 2x": read again from after the verb
        counted = draft.currency or draft.unit or (core_start, core_end) == self.whole
        if tail == "reject" or (draft.numeral_only and not counted):
            return None, core_end  # numerals alone (천재, 千万) are words, not amounts
        if tail == "per" or start.each:
            draft.end = pos
            return prices.read_price(self, draft, pos + (tail == "per"), start.start)
        if draft.low is None and (draft.unit or draft.currency):
            pos = read_range_after_unit(self, draft, pos)
        pos = prices.read_per(self, draft, pos)
        pos = self.read_after(draft, pos)
        if (equivalent := prices.read_equivalent(self, draft, pos)) is not None:
            draft.equivalent, pos = equivalent
            pos = self.read_after(draft, pos)
        draft.end = pos
        return draft, pos

    def junk_after(self, draft: Draft, pos: int) -> Read | None:
        """Digits that run on into letters or another number: a name, a date, a version."""
        norm = self.norm
        junk = self.tables.junk.match(norm, pos)
        if junk is None:
            return None
        char = junk[0][0]
        if char.isalpha():
            word = self.tail_word(pos)
            # "$10x" stays junk: a multiple of money is no amount.
            counted = draft.currency is not None or draft.unit is not None
            if word is not None and not word.spaced and not (word.meaning == TIMES and counted):
                return None
        if char == "/" and draft.currency and prices.read_per(self, draft, pos) != pos:
            return None
        end = self.tables.junk_run.match(norm, pos).end()  # type: ignore[union-attr]
        return Skipped(draft.start, end), end

    # The word after the number.

    def tail_word(self, pos: int) -> Word | None:
        """The word after a number; a spaced one-syllable Korean counter must end its word.

        "80억 원을", "1만 명이" and "80억 원정도" are amounts, with a particle or a qualifier
        glued on, but "100만 개발자" is not 100만 개 (items).
        """
        norm = self.norm
        spaced = norm.startswith(" ", pos)
        begin = pos + spaced
        found = self.tables.tail.match(norm, begin)
        if found is None:
            return None
        (kind, meaning), end = found
        word = norm[begin:end]
        if (
            meaning == TIMES
            and word in ("x", "X", "×")
            and (spaced or norm[end : end + 1].isalnum() or _NAMED_AFTER.match(norm, end))
        ):
            return None  # "10x" but not "1920x1080", "4x4", "10 x", nor "8x H100" (8 GPUs)
        one_syllable = spaced and len(word) == 1 and lex.is_hangul(word)
        if one_syllable and not self.ends_word(end, COUNTER_ENDINGS):  # "100만 개발자"
            return None
        return Word(kind, meaning, word, end, spaced)

    def ends_word(self, end: int, endings: frozenset[str], *, verbs: bool = False) -> bool:
        """Whether a one-syllable Korean word ends at ``end``: no syllable follows but one of
        ``endings`` (a particle), a qualifier or, with ``verbs``, a change verb glued on."""
        norm, tables = self.norm, self.tables
        following = norm[end : end + 1]
        if not (following and lex.is_hangul(following)) or following in endings:
            return True
        if tables.after.match(norm, end) is not None:
            return True
        return verbs and tables.signs.match(norm, end) is not None

    def read_tail(self, draft: Draft, pos: int) -> tuple[int, str | None]:
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
        elif word.word == "대" and EXACT.remainder(draft.value, 10) == 0:
            return word.end, "skip"  # 20대, 30대: ages; 100대 기업: a ranking
        elif word.word == "주" and self.tables.weeks.match(self.norm, word.end):
            return word.end, "skip"  # 3주 만에: weeks
        elif word.meaning == TIMES:
            return self.tail_times(draft, word)
        draft.unit = word.meaning
        if self.norm.startswith("당", word.end) and word.meaning in COUNTING_UNITS:
            return word.end, "per"
        return word.end, None

    def tail_times(self, draft: Draft, word: Word) -> tuple[int, str | None]:
        """A multiplier: "2배로" and "3倍多" (over 3 times) are multiples, "2배속" is a word."""
        end = word.end
        following = self.norm[end : end + 1]
        # "2배로", "2배이상" and "2배증가" are multiples; "2배속" (playback speed) is a word.
        if not self.ends_word(end, MULTIPLIER_ENDINGS, verbs=True):
            return end, "skip"
        draft.unit = TIMES
        if word.word == "倍" and following in lex.OVER_MARKS:
            if draft.qualifier == "exact":
                draft.qualifier = "over"
            end += 1
        return end, None

    def tail_currency(self, draft: Draft, word: Word, pos: int) -> tuple[int, str | None]:
        if draft.unit is not None:
            return pos, None
        generic = word.word in lex.GENERIC_CURRENCY_WORDS  # 新台幣100億元: 元 says no currency
        if draft.currency not in (None, word.meaning) and not generic:
            return pos, None
        draft.currency = draft.currency or word.meaning
        return word.end, None

    # After the amount.

    def read_after(self, draft: Draft, pos: int) -> int:
        """A qualifier ("1만개 이상", "2조원을 돌파") and a change verb ("17% 폭락")."""
        norm, tables = self.norm, self.tables
        at = pos + norm.startswith(" ", pos)
        if norm[at : at + 1] not in tables.after_firsts:
            return pos
        found = tables.after.match(norm, at)
        if found is None and norm[at : at + 1] in QUALIFIER_PARTICLES:
            particle_end = at + 1
            found = tables.after.match(norm, particle_end + norm.startswith(" ", particle_end))
        if found is not None:
            if draft.qualifier == "exact":
                draft.qualifier = found[0]
            pos = found[1]
        at = pos + norm.startswith(" ", pos)
        if norm.startswith("이나", at) or norm.startswith("나", at):  # 17%나 폭락
            at = self.skip_spaces(at + (2 if norm[at] == "이" else 1))
        if (verb := tables.signs.match(norm, at)) is not None and draft.unit != TIMES:
            draft.sign *= verb[0]
            pos = verb[1]
        return pos

    # Helpers.

    def skip_spaces(self, pos: int) -> int:
        norm = self.norm
        while pos < len(norm) and norm[pos].isspace():
            pos += 1
        return pos

    def build(self, draft: Draft) -> ParsedAmount:
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
