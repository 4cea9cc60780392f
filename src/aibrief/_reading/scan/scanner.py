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

from aibrief._core.currency import known_currencies
from aibrief._core.decimal import EXACT
from aibrief._core.types import Lang
from aibrief._quantities.approx import Qualifier
from aibrief._reading import lexicon as lex
from aibrief._reading.changes import DIRECTIONS, directed
from aibrief._reading.currencies import CurrencyHint, resolve
from aibrief._reading.mentions import ParsedAmount
from aibrief._reading.numerals import (
    ENGLISH_SCALES,
    NUMERAL_DIGITS,
    POINTS,
    power_of_ten,
    read_numeral,
    tidy,
)
from aibrief._reading.scan import (
    between,
    fractions,
    minor,
    numbers,
    prices,
    ranks,
    ratios,
    tail,
    vague,
)
from aibrief._reading.scan.normal import Normalized
from aibrief._reading.scan.ranges import read_range
from aibrief._reading.scan.tables import (
    INNER_MARK,
    NO_CURRENCY,
    QUALIFIER_PARTICLES,
    SCALE_FIRSTS,
    TIMES,
    VAGUE_FIRSTS,
    Draft,
    Found,
    Read,
    Skipped,
    Start,
    tables,
)

__all__ = ["Scanner"]

# After "8x", a name or a model ("H100", "NVIDIA A100") counts items, not times: 8 GPUs.
_NAMED_AFTER: Final = re.compile(r" +[A-Z0-9]")
# How deep amounts may nest in amounts: a price's denominator, the price, its equivalent in
# parentheses ("100만토큰당 1위안(200원)") is three. Deeper text ("1만(1만(1만(...") is no
# amount, and reading it would recurse once per level, past Python's limit.
_DEEPEST: Final = 4


# Numerals and marks that begin some currency's name.
_NAME_FIRSTS: Final = frozenset("百千萬万多十")


def _word_like(core: str) -> bool:
    """Whether numerals alone are a common word, not a number (万一, 천사, 조사, 만일)."""
    return core in lex.NUMERAL_WORDS


_NAME: Final = "a number in a name, not an amount"
# How far back a capitalised name ("RTX", "Windows") may start before its number.
_NAME_REACH: Final = 48


class Scanner:
    """Reads the mentions of one text, left to right."""

    __slots__ = ("depth", "hint", "lang", "norm", "second_end", "source", "tables", "text", "whole")

    def __init__(self, text: str, lang: Lang, hint: CurrencyHint) -> None:
        self.tables = tables()
        self.hint = hint
        self.text = text
        self.source = Normalized(text)
        self.norm = norm = self.source.norm
        self.lang = lang
        self.whole = (len(norm) - len(norm.lstrip()), len(norm.rstrip()))
        #: Whether the amount read is the second end of a range, where numerals count.
        self.second_end = False
        self.depth = 0  # how many amounts are being read inside one another

    def scan(self) -> list[tuple[Found, bool]]:
        """Every mention, in order, each with whether it is strong (see :meth:`Draft.strong`)."""
        found: list[tuple[Found, bool]] = []
        search = self.tables.candidates.search
        links = iter(self.source.links)
        link = next(links, None)
        pos = 0
        starts = self.tables.starts.match
        norm = self.norm
        while (candidate := search(norm, pos)) is not None:
            start = candidate.start()
            char = norm[start]
            word = "\uac00" <= char <= "\ud7a3" or (char.isascii() and char.isalpha())
            if word and starts(norm, start) is None:
                pos = start + 1  # 이, 한, 일: a syllable that begins no mention here
                continue
            while link is not None and link[1] <= start:
                link = next(links, None)
            if link is not None and link[0] <= start:
                pos = link[1]  # an address: its digits and %-escapes are no amounts
                continue
            item, end = self.read_at(start)
            if isinstance(item, Draft):
                found.append((self.build(item), item.strong()))
            elif isinstance(item, Skipped):
                first, last = self.span(item.start, item.end)
                found.append((Skipped(first, last, item.why), False))
            elif item is not None:
                found.append((item, True))
            pos = max(end, start + 1)
        return found

    def read_at(self, pos: int) -> Read:
        char, norm, tables = self.norm[pos], self.norm, self.tables
        if "1" <= char <= "9" and (position := tables.position_ko.match(norm, pos)) is not None:
            return vague.read_position(self, position)
        if char in "elmhELMH" and (position := tables.position_en.match(norm, pos)) is not None:
            return vague.read_position(self, position)
        if char in "±+" and (tolerance := between.read_tolerance(self, pos)) is not None:
            return tolerance
        if char in tables.period_firsts and (rate := prices.read_period_before(self, pos)):
            return rate
        if char in "第rRN" and (rank := ranks.read_rank(self, pos)) is not None:
            return rank
        if char in VAGUE_FIRSTS or (char.isalpha() and char.isascii()):
            match = self.tables.vague.match(self.norm, pos)
            if match is not None:
                return vague.read_vague(self, match)
            if char in "bBfF" and (ranged := between.read_between(self, pos)) is not None:
                return ranged
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
        if pos >= len(self.norm):
            return None
        if "0" <= self.norm[pos] <= "9":  # the common case: no prefix, or a code ("CHF 3")
            core = self.tables.core.match(self.norm, pos)
            if core is None:
                return None
            start, currency = self.code_before(pos)
            sign = 1
            if start < pos and self.norm[start - 1 : start] == "-" and self.minus_ok(start - 1):
                start, sign = start - 1, -1  # "-CHF80.33"
            return Start(start, False, sign, "exact", currency, False, core)
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
        direction = sign if verb else 0
        qualifier: Qualifier = "exact"
        if (found := tables.before.match(norm, pos)) is not None:
            qualifier, pos = found[0], self.skip_spaces(found[1])
        elif norm.startswith("~", pos) and not norm[pos - 1 : pos].isalnum():
            qualifier, pos = "about", self.skip_spaces(pos + 1)  # "(~$5.6M)"
        if norm.startswith("-", pos) and (pos > start or self.minus_ok(pos)):
            sign, pos = -sign, pos + 1
            if pos - 1 == self.whole[0] and norm.startswith(" ", pos):
                pos = self.skip_spaces(pos)  # "- 1,200,000" alone: a minus set apart
        elif (minus := tables.minus_words.match(norm, pos)) is not None:
            sign, pos = sign * minus[0], self.skip_spaces(minus[1])
        currency = NO_CURRENCY
        if (sign_found := tables.currencies.match(norm, pos)) is not None:
            (kind, meaning), pos = sign_found
            currency = self.currency_of(kind, meaning)
            pos += norm.startswith(" ", pos)
            if norm.startswith("-", pos) and sign > 0:
                sign, pos = -sign, pos + 1
        percent = norm.startswith("百分之", pos)
        if percent:
            pos += 3
        core = tables.core.match(norm, pos)
        numeral = None
        if core is None:  # 百分之五, 七分之一, 两倍: digits a scale word does not follow
            core = tables.lone_digits.match(norm, pos)
            if core is not None and not (percent or numbers.lone_digit_counts(self, core, start)):
                core = None
        per = None
        plain = currency == NO_CURRENCY and not percent  # "€반" is no ratio
        if core is None and plain and (ratio := ratios.read_ratio(self, pos, pos > start)):
            core, numeral, per = ratio  # "절반", "two-thirds"
        if core is None:  # "두 배", "일흔일곱", "twenty-one"
            spelled = numbers.spelled_number(self, pos)
            if spelled is None:
                return None
            core, numeral = spelled
        return Start(
            start, each, sign, qualifier, currency, percent, core, verb_end, numeral, per, direction
        )

    def currency_of(self, kind: str, meaning: str | None) -> tuple[str | None, tuple[str, ...]]:
        """A currency word's code, or, for a word several currencies share, the code the
        hints resolve it to or ``None`` and every code it may be."""
        if kind == "currency":
            return meaning, ()
        return resolve(meaning or "", self.hint)

    def names_currency(self, pos: int) -> bool:
        """Whether a currency's name begins at ``pos``, though its first character may be a
        numeral or a mark (百慕大元, 千里達及托巴哥元, 萬那杜瓦圖, 多米尼加比索)."""
        if self.norm[pos] not in _NAME_FIRSTS:
            return False
        found = self.tables.tail.match(self.norm, pos)
        return (
            found is not None and found[0][0] in ("currency", "currencies") and found[1] > pos + 1
        )

    def code_before(self, pos: int) -> tuple[int, tuple[str | None, tuple[str, ...]]]:
        """An ISO 4217 code right before the digits at ``pos`` ("CHF 3.04", "ALL80.33").

        A code that is also an English word or a company's name ("ALL 5 solutions", "AMD
        3%") counts only glued to the digits or set apart by a no-break space, as CLDR's
        formats write it.
        """
        found = self.tables.code_before.search(self.norm, max(0, pos - 4), pos)
        if found is None or found[1] not in known_currencies():
            return pos, NO_CURRENCY
        if found[1] in lex.WORD_CODES and found[2] and self.text[found.end(1)] != "\u00a0":
            return pos, NO_CURRENCY
        return found.start(), (found[1], ())

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
        if before in POINTS and start > 1:  # 零點77, 三点5: the decimals of a number, or a time
            return not (self.norm[start - 2].isdigit() or self.norm[start - 2] in NUMERAL_DIGITS)
        return before != "第"

    # The number.

    def read_amount(self, start: Start) -> Read:
        core, core_start, core_end = start.core[0], start.core.start(), start.core.end()
        if start.start == core_start and not (self.second_end or self.left_ok(core_start, core)):
            return None, core_end
        while len(core) > 1 and self.names_currency(core_end - 1):
            core, core_end = core[:-1], core_end - 1  # "80.33百慕大元": 百 begins Bermuda
        numeral = start.numeral or read_numeral(core)
        if numeral is None:
            return None, core_end
        if self.norm.startswith(" ", core_end):
            core, core_end, numeral = numbers.spaced_groups(self, core, core_end, numeral)
        draft = Draft(core_start if start.each else start.start, numeral.value)
        draft.top = numeral.top_group
        if numeral.scaled:
            draft.scaled = True
            if start.qualifier == "exact" and INNER_MARK.search(core):
                draft.qualifier = "over"  # 10여억, 10多亿
        if start.per is not None:
            draft.per = ParsedAmount(
                value=start.per,
                span=self.span(core_start, core_end),
                text=self.words(core_start, core_end),
                lang=self.lang,
            )
        elif not ("0" <= core[0] <= "9" or core[0] == "." or lex.is_latin(core[0])):
            draft.numeral_only = True
            draft.native = start.numeral is not None
        if start.start != core_start:
            draft.sign, draft.direction = start.sign, start.direction
            draft.currency, draft.currency_options = start.currency
            if start.qualifier != "exact":
                draft.qualifier = start.qualifier
            if start.percent:
                draft.unit = "percent"
        return self.read_following(draft, start, core_start, core_end, numeral.top_group)

    def read_scale(self, draft: Draft, pos: int, after_sign: bool) -> int:
        """An over-mark (41만1000여, 10多) or an English scale (5.6 million, $5.6M)."""
        mark = self.norm[pos : pos + 1] in lex.OVER_MARKS and pos < len(self.norm)
        if mark and not self.names_currency(pos):  # 多 begins 多米尼加比索
            if draft.qualifier == "exact":
                draft.qualifier = "over"
            return pos + 1
        if draft.numeral_only or draft.scaled or self.norm[pos : pos + 1] not in SCALE_FIRSTS:
            return pos
        scale = self.scale_at(pos, after_sign)
        if scale is None:
            return pos
        draft.value = tidy(EXACT.multiply(draft.value, power_of_ten(scale[0])))
        draft.scaled, draft.top = True, scale[0]
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
        pos = self.read_scale(draft, core_end, start.currency != NO_CURRENCY)
        # Before the word after the number, which would make "7분" seven minutes.
        if (fraction := fractions.read_fraction(self, draft, core_start, pos)) is not None:
            return fraction
        if (mixed := fractions.read_mixed(self, draft, pos)) is not None:
            return mixed
        if (slashed := fractions.read_slash(self, draft, pos)) is not None:
            return slashed
        pos = read_range(self, draft, pos)
        if (junk := self.junk_after(draft, pos)) is not None:
            return junk
        pos, after = tail.read_tail(self, draft, pos)
        if after == "skip":
            return Skipped(draft.start, pos), pos
        if start.per is not None and (draft.unit or draft.currency):
            return None, core_end  # "반 倍", "반엔": a ratio word takes no unit
        if draft.unit == TIMES and start.verb_end is not None:
            return None, start.verb_end  # "rose 2x": read again from after the verb
        alone = (start.start, core_end) == self.whole and not _word_like(
            self.norm[start.start : core_end]
        )
        counted = draft.currency or draft.money or draft.unit or alone
        if draft.numeral_only and not counted and after is None:
            counted = self.second_end or self.qualifier_follows(pos)  # "오백 이상", "서른이 넘는"
        if after == "reject" or (draft.numeral_only and not counted):
            return None, core_end  # numerals alone (천재, 千万) are words, not amounts
        if after == "per" or start.each:
            draft.end = pos
            return prices.read_price(self, draft, pos + (after == "per"), start.start)
        pos = minor.read_minor(self, draft, pos)
        # The second end of a range, pair or tolerance is read as a plain amount: one that
        # is itself a range is refused there anyway, and looking for one would chain a read
        # inside a read at each end of "two ± two ± two ...".
        if draft.low is None and (draft.unit or draft.currency) and not self.second_end:
            pos = between.read_whole_range(self, draft, pos)
        pos = prices.read_per(self, draft, pos)
        pos = prices.read_period_after(self, draft, pos)
        if not self.second_end:
            pos = between.read_joined_range(self, draft, pos)
            pos = between.read_tolerance_after(self, draft, pos)
        pos = self.read_after(draft, pos)
        if not self.second_end:
            pos = between.read_bound_pair(self, draft, pos)
        if (equivalent := prices.read_equivalent(self, draft, pos)) is not None:
            draft.equivalent, pos = equivalent
            pos = self.read_after(draft, pos)
        draft.end = pos
        if (
            draft.start == core_start
            and not draft.strong()
            # A window, not the whole text before: a search from 0 for each number would make
            # a text of bare numbers ("1 1 1 ...") quadratic. Names are far shorter.
            and self.tables.named.search(self.norm, max(0, core_start - _NAME_REACH), core_start)
        ):
            return Skipped(draft.start, pos, _NAME), pos  # "RTX 4090", "Windows 11"
        return draft, pos

    def junk_after(self, draft: Draft, pos: int) -> Read | None:
        """Digits that run on into letters or another number: a name, a date, a version."""
        norm = self.norm
        junk = self.tables.junk.match(norm, pos)
        if junk is None:
            return None
        char = junk[0][0]
        if char.isalpha():
            word = tail.word_after(self, pos)
            # "$10x" stays junk: a multiple of money is no amount.
            counted = draft.currency is not None or draft.unit is not None
            if word is not None and not word.spaced and not (word.meaning == TIMES and counted):
                return None
        if char == "/" and draft.currency and prices.read_per(self, draft, pos) != pos:
            return None
        end = self.tables.junk_run.match(norm, pos).end()  # type: ignore[union-attr]
        return Skipped(draft.start, end), end

    # After the amount.

    def read_after(self, draft: Draft, pos: int) -> int:
        """A qualifier ("1만개 이상", "2조원을 돌파") and a change verb ("17% 폭락")."""
        norm, tables = self.norm, self.tables
        at = pos + norm.startswith(" ", pos)
        if norm[at : at + 1] not in tables.after_firsts:
            return pos
        found = None if norm[at] in tables.comparison_firsts else tables.after.match(norm, at)
        if found is None and norm[at : at + 1] in QUALIFIER_PARTICLES:
            particle_end = at + 1
            found = tables.after.match(norm, particle_end + norm.startswith(" ", particle_end))
        if found is None:
            found = self.comparison(pos)
        if found is not None:
            if draft.qualifier == "exact":
                draft.qualifier = found[0]
            pos = found[1]
        at = pos + norm.startswith(" ", pos)
        if norm.startswith("이나", at) or norm.startswith("나", at):  # 17%나 폭락
            at = self.skip_spaces(at + (2 if norm[at] == "이" else 1))
        if (verb := tables.signs.match(norm, at)) is not None and draft.unit != TIMES:
            draft.sign *= verb[0]
            draft.direction = verb[0]
            pos = verb[1]
        return pos

    def comparison(self, pos: int) -> tuple[Qualifier, int] | None:
        """A Korean comparison after an amount, as a qualifier: "보다 크다" over, "보다 작거나
        같다" up_to, "과 같거나 많다" at_least, "또는 그 미만" up_to, "밑" under."""
        found = self.tables.comparison.match(self.norm, pos)
        if found is None:
            return None
        if found["big"]:
            qualifier: Qualifier = "at_least" if found["equal"] else "over"
        elif found["small"]:
            qualifier = "up_to" if found["equal"] else "under"
        elif found["big_eq"] or found["big_or"]:
            qualifier = "at_least"
        elif found["small_eq"] or found["small_or"]:
            qualifier = "up_to"
        else:
            qualifier = "under"
        return qualifier, found.end()

    def qualifier_follows(self, pos: int) -> bool:
        """Whether a qualifier or comparison follows, perhaps after a particle ("서른이 넘는",
        "오백 이상", "스물보다 크고"): numerals alone then count as a number."""
        norm, tables = self.norm, self.tables
        at = pos + norm.startswith(" ", pos)
        if tables.after.match(norm, at) is not None or self.comparison(pos) is not None:
            return True
        if (joined := tables.joined.match(norm, pos)) is not None:
            return tables.candidates.match(norm, joined.end()) is not None  # "천에서 천오백"
        if norm[at : at + 1] in QUALIFIER_PARTICLES:
            at += 1 + norm.startswith(" ", at + 1)
            return tables.after.match(norm, at) is not None
        return False

    # Helpers.

    @staticmethod
    def bare(draft: Draft) -> bool:
        """Whether a figure is a bare scaled or qualified number: nothing says what it counts,
        though it is a figure ("700억", "more than 23 million", "5~6조")."""
        if draft.currency or draft.currency_options or draft.unit or draft.per is not None:
            return False
        return draft.scaled or draft.qualifier != "exact"

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the input that was read from ``norm[start:end]``."""
        return self.source.span(start, end)

    def words(self, start: int, end: int) -> str:
        """The words of the input that were read from ``norm[start:end]``."""
        return self.source.slice(start, end)

    def skip_spaces(self, pos: int) -> int:
        norm = self.norm
        while pos < len(norm) and norm[pos].isspace():
            pos += 1
        return pos

    def build(self, draft: Draft) -> ParsedAmount:
        value, low, high = draft.value, draft.low, draft.high
        if self.hint.default is not None and self.bare(draft):
            draft.currency = self.hint.default  # "영업이익 700억", told the currency of figures
        low_open, high_open = draft.low_open, draft.high_open
        if draft.sign < 0:
            value = EXACT.minus(value)
            if low is not None and high is not None:
                low, high = EXACT.minus(high), EXACT.minus(low)
                low_open, high_open = high_open, low_open
        qualifier = draft.qualifier
        if draft.direction and qualifier != "range":
            qualifier, low, high, low_open, high_open = directed(qualifier, value, draft.direction)
        return ParsedAmount(
            value=value,
            currency=draft.currency,
            currency_options=draft.currency_options,
            unit=draft.unit,
            per=draft.per,
            qualifier=qualifier,
            low=low,
            high=high,
            low_open=low_open,
            high_open=high_open,
            direction=DIRECTIONS.get(draft.direction),
            equivalent=draft.equivalent,
            span=self.span(draft.start, draft.end),
            text=self.words(draft.start, draft.end),
            lang=self.lang,
        )
