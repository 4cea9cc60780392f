"""Read the date phrases of Korean, Chinese and English news against a reference date.

Each phrase shape is one row of a table: a readable template whose spaces mean "optional
whitespace" and whose ``{NAME}`` parts are filled in from ``_PARTS``. The first template that
matches the whole phrase wins, and one resolver turns its named groups into a PartialDate.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping
from datetime import date, timedelta
from typing import Final, Literal

import attrs

from aibrief._dates.partial_date import PartialDate, _as_date
from aibrief.errors import DateTypeError, InvalidPartialDateError, ParseError

__all__ = ["ParseReason", "parse_date"]

#: Why :func:`parse_date` or :func:`aibrief.parse_amount` gave up, as stored in
#: :attr:`ParseError.reason` ("empty" and the first three come from parse_amount too).
ParseReason = Literal[
    "empty", "unrecognised", "vague", "ambiguous", "needs_context", "invalid_date"
]

_Direction = Literal["past", "next"]

# Words naming a period relative to the reference, by offset. Spaces mean optional whitespace,
# so "지난 달" also reads "지난달".
_YEAR_WORDS: Final = {
    "재작년": -2, "지난해": -1, "작년": -1, "올해": 0, "금년": 0, "올": 0, "내년": 1,
    "前年": -2, "去年": -1, "今年": 0, "本年": 0, "明年": 1,
    "last year": -1, "this year": 0, "next year": 1,
}  # fmt: skip
_QUARTER_WORDS: Final = {
    "지난 분기": -1, "전 분기": -1, "이번 분기": 0, "다음 분기": 1,
    "上个季度": -1, "上季度": -1, "本季度": 0, "下个季度": 1, "下季度": 1,
    "last quarter": -1, "this quarter": 0, "next quarter": 1,
}  # fmt: skip
_MONTH_WORDS: Final = {
    "지난 달": -1, "이번 달": 0, "이달": 0, "다음 달": 1,
    "上个月": -1, "上月": -1, "本月": 0, "这个月": 0, "下个月": 1, "下月": 1,
    "last month": -1, "this month": 0, "next month": 1,
}  # fmt: skip
_DAY_WORDS: Final = {
    "그저께": -2, "그제": -2, "어제": -1, "오늘": 0, "이날": 0, "내일": 1,
    "前天": -2, "昨天": -1, "昨日": -1, "今天": 0, "今日": 0, "当天": 0, "明天": 1,
    "yesterday": -1, "today": 0, "tomorrow": 1,
}  # fmt: skip
# "The same year": the year last mentioned in the text, which the caller passes as year=.
_SAME_YEAR_WORDS: Final = ("같은 해", "그 해", "同年", "the same year", "that year")
# Before a month or day without a year: the latest one before the reference, or the next one.
_DIRECTIONS: Final[dict[str, _Direction | None]] = {
    "지난": "past", "오는": "next", "last": "past", "next": "next", "coming": "next", "this": None,
}  # fmt: skip

_MONTH_NAMES: Final = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}  # fmt: skip
_CN_DIGITS: Final = dict(
    zip("〇零一二三四五六七八九", (0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9), strict=True)
)
_ORDINALS: Final = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
}  # fmt: skip


def _words(group: str, words: Iterable[str]) -> str:
    """A named group matching any of ``words``, longest first, spaces as optional whitespace."""
    alternatives = sorted(words, key=len, reverse=True)
    return f"(?P<{group}>" + "|".join(w.replace(" ", r"\s*") for w in alternatives) + ")"


# The parts a template may name. Numbers also accept Chinese numerals (二〇二三, 二十七).
_CN_SMALL: Final = "[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]"
_PARTS: Final = {
    "Y": r"(?P<y>\d{4}|[〇零一二三四五六七八九]{4})",
    "M": rf"(?P<m>\d{{1,2}}|{_CN_SMALL})",
    "D": rf"(?P<d>\d{{1,2}}|{_CN_SMALL})",
    "Q": "(?P<q>" + "|".join([r"\d", "[一二三四]", *_ORDINALS]) + ")",
    "MON": _words("mon", _MONTH_NAMES) + r"\.?",
    "TH": "(?:st|nd|rd|th)?",
    "RY": _words("ry", _YEAR_WORDS),
    "RQ": _words("rq", _QUARTER_WORDS),
    "RM": _words("rm", _MONTH_WORDS),
    "RD": _words("rd", _DAY_WORDS),
    "SAME": _words("same", _SAME_YEAR_WORDS),
    "DIR": _words("dir", _DIRECTIONS),
}

# Every phrase shape, first match wins. A space means optional whitespace.
_TEMPLATES: Final = (
    # --- Any language ---
    "{Y}",                                      # 2015 (also "in 2015", "2015년에" after trimming)
    "{Y}-Q{Q}",                                 # 2018-Q3
    "{Y} [-./] {M}( [-./] {D})? \\.?",          # 2023-07, 2025-01-27, 2025.1.27., 2025/01/27
    "{RY}", "{RQ}", "{RM}", "{RD}", "{SAME}",   # 작년, 上季度, last month, 어제, 同年
    # --- Korean ---
    "{Y} 년( {M} 월( {D} 일)?)?",              # 2015년, 2023년 7월, 2025년 1월 27일
    "{Y} 년 {Q} 분기",                          # 2018년 3분기
    "{RY} {M} 월( {D} 일)?",                    # 지난해 5월, 올해 1월, 올 3월 1일
    "{RY} {Q} 분기",                            # 지난해 4분기
    "{SAME} {M} 월( {D} 일)?",                  # 같은 해 7월 (needs year=)
    "({DIR} )?{M} 월( {D} 일)?",                # 1월 27일, 지난 5월, 오는 3월
    "({DIR} )?{D} 일",                          # 31일, 지난 27일, 오는 5일
    "({DIR} )?{Q} 분기",                        # 3분기, 지난 4분기
    "{RM} {D} 일",                              # 지난달 15일, 이달 3일
    # --- Chinese ---
    "{Y} 年( {M} 月( {D} [日号])?)?",           # 2015年, 2023年7月, 2025年1月27日, 二〇二三年七月
    "{Y} 年 (第 )?{Q} 季度",                    # 2018年第三季度, 2018年3季度
    "{RY} {M} 月( {D} [日号])?",                # 去年5月, 今年1月
    "{RY} (第 )?{Q} 季度",                      # 去年第四季度
    "{SAME} {M} 月( {D} [日号])?",              # 同年7月 (needs year=)
    "{M} 月( {D} [日号])?",                     # 1月27日, 七月
    "{D} [日号]",                               # 27日, 27号
    "(第 )?{Q} 季度",                           # 第三季度
    "{RM} {D} [日号]",                          # 上个月15日
    # --- English ---
    "{MON} {D}{TH}(,? {Y})?",                   # January 27, Jan. 27, January 27, 2025
    "(the )?{D}{TH}( of)? {MON}(,? {Y})?",      # 27 January 2025, the 27th of January
    "{MON},? {Y}",                              # July 2023
    "{MON}( of)? {RY}",                         # May last year
    "{MON}( of)? {SAME}",                       # July of the same year (needs year=)
    "({DIR} )?{MON}",                           # May, last May, next March
    "(the )?{Q} quarter(,? of)? {Y}",           # the third quarter of 2018
    "(the )?{Q} quarter( of)? {RY}",            # the fourth quarter of last year
    "(the )?{Q} quarter",                       # the first quarter
    "Q{Q},? {Y}", "{Y} Q{Q}", "Q{Q}",           # Q3 2018, 2018 Q3, Q1
)  # fmt: skip

# Words around a date that do not change which date it is.
_LEAD: Final = re.compile(r"\s*(?:(?:in|on)\s+|于|在|当地时间\s*)?", re.IGNORECASE)
# It starts only where a run of spaces starts, and each run is taken whole (possessive), so a
# long run is read once rather than once from each of its spaces (which took minutes).
_TRAIL: Final = re.compile(
    r"(?<!\s)\s*+(?:\(\s*(?:현지\s*시간|현지\s*시각|local\s+time|当地时间)\s*\))?\s*+(?:에는|에)?\s*+$",
    re.IGNORECASE,
)

# Phrases a PartialDate cannot hold, each with the reason given. Searched only after no
# template matched, so "초" here never shadows a valid phrase.
_REFUSALS: Final[tuple[tuple[ParseReason, str], ...]] = (
    # A weekday names a day, but which week depends on the writer's convention.
    ("ambiguous", r"[월화수목금토일]요일|(?:星期|礼拜|周)[一二三四五六日天]"
     r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"),
    # Parts of a period: early, middle or late, a half.
    ("vague", r"초순|중순|하순|중반|상반기|하반기|연초|연말|초|말"
     r"|上旬|中旬|下旬|上半年|下半年|年初|年底|年末|月初|月底|月末|初|底|末"
     r"|\b(?:early|mid|late|end|beginning|start|first half|second half)\b"),
    # Approximate or open-ended time, weeks and seasons.
    ("vague", r"최근|무렵|께|경|쯤|주|봄|여름|가을|겨울|近日|近期|最近|前后|左右|周|春|夏|秋|冬"
     r"|\b(?:recently|around|about|circa|week|spring|summer|autumn|fall|winter)\b"),
)  # fmt: skip


@attrs.frozen(slots=True)
class _Rule:
    template: str
    pattern: re.Pattern[str]
    resolve: Callable[[re.Match[str], _Context], PartialDate]


def parse_date(text: str, *, reference: date | PartialDate, year: int | None = None) -> PartialDate:
    """Read a date phrase from Korean, Chinese or English news, at the precision it gives.

    Relative phrases are resolved against ``reference``, usually the article's publication
    date. A phrase without a year takes the reference year ("1월 27일", "May"), except after a
    direction word: "지난 27일" / "last May" is the latest such day or month up to the reference
    (a day may be the reference day itself, a month must be before the reference month) and
    "오는"/"next" the first one after it. ``year`` is the year the text mentioned last, which
    "같은 해"/"同年"/"the same year" refer to.

    Raises :class:`~aibrief.errors.ParseError` with ``reason`` ``"vague"`` ("올해 초"),
    ``"ambiguous"`` ("3/4", weekdays), ``"needs_context"`` (no ``year`` for "같은 해", or a
    reference too coarse for the phrase), ``"invalid_date"`` ("2월 30일") or ``"unrecognised"``.

    >>> import datetime, aibrief as ab
    >>> published = datetime.date(2025, 1, 31)
    >>> ab.parse_date("지난 27일", reference=published)
    PartialDate(2025, 1, 27)
    >>> ab.parse_date("去年5月", reference=published)
    PartialDate(2024, 5)
    >>> ab.parse_date("last May", reference=published)
    PartialDate(2024, 5)
    >>> ab.parse_date("같은 해 7월", reference=published, year=2023)
    PartialDate(2023, 7)
    """
    context = _Context.build(text, reference, year)
    lead, trail = _LEAD.match(text), _TRAIL.search(text)
    start = lead.end() if lead else 0
    end = max(start, trail.start() if trail else len(text))
    for rule in _rules():
        match = rule.pattern.fullmatch(text, start, end)
        if match is not None:
            return _resolved(rule, match, context)
    raise _refusal(text, start, end)


def _resolved(rule: _Rule, match: re.Match[str], context: _Context) -> PartialDate:
    """The date of a matched phrase; a day before 1 January 1 or after 9999 is no date."""
    try:
        return rule.resolve(match, context)
    except OverflowError:  # "어제" of datetime.date.min
        raise context.fail(
            f"is counted from {context.reference}, which lands outside the years 1 to 9999 "
            "that dates can hold; check the reference date",
            "invalid_date",
            match.start(),
        ) from None


@attrs.frozen(slots=True)
class _Context:
    """The phrase being read, what it is read against, and the year mentioned before it."""

    text: str
    reference: PartialDate
    same_year: int | None

    @classmethod
    def build(cls, text: object, reference: object, year: object) -> _Context:
        if not isinstance(text, str):
            raise DateTypeError(
                f"text {text!r} is a {type(text).__name__}; expected a str such as '지난해 5월'",
                value=text,
                expected="str",
            )
        if year is not None and (not isinstance(year, int) or isinstance(year, bool)):
            raise DateTypeError(
                f"year {year!r} is a {type(year).__name__}; expected an int such as 2023 or None",
                value=year,
                expected="int",
            )
        if not isinstance(reference, PartialDate):
            reference = PartialDate.from_date(_as_date(reference, "reference"))
        return cls(text, reference, year)

    def fail(self, message: str, reason: ParseReason, position: int | None) -> ParseError:
        return ParseError(
            f"{self.text!r}: {message}", text=self.text, position=position, reason=reason
        )

    def needs(self, precision: str, match: re.Match[str]) -> ParseError:
        return self.fail(
            f"is counted from the reference date, which needs {precision} precision, but the "
            f"reference is {self.reference}; pass a datetime.date as reference",
            "needs_context",
            match.start(),
        )

    def month_of_reference(self, match: re.Match[str]) -> tuple[int, int]:
        if self.reference.month is None:
            raise self.needs("month", match)
        return self.reference.year, self.reference.month

    def quarter_of_reference(self, match: re.Match[str]) -> tuple[int, int]:
        if self.reference.precision == "year":
            raise self.needs("quarter", match)
        return self.reference.year, (self.reference.start.month + 2) // 3

    def day_of_reference(self, match: re.Match[str]) -> date:
        if self.reference.day is None:
            raise self.needs("day", match)
        return self.reference.start


def _resolve(match: re.Match[str], context: _Context) -> PartialDate:
    """Turn the named groups of any template into a PartialDate."""
    groups = {name: value for name, value in match.groupdict().items() if value is not None}
    day = _number(groups["d"]) if "d" in groups else None
    if "rd" in groups:
        days = timedelta(days=_lookup(_DAY_WORDS, groups["rd"]))
        return PartialDate.from_date(context.day_of_reference(match) + days)
    if "rm" in groups:
        months = _lookup(_MONTH_WORDS, groups["rm"])
        year, month = _add(context.month_of_reference(match), months, 12)
        return _build(match, context, year, month, day)
    if "rq" in groups:
        quarters = _lookup(_QUARTER_WORDS, groups["rq"])
        year, quarter = _add(context.quarter_of_reference(match), quarters, 4)
        return _build(match, context, year, quarter=quarter)
    named_quarter = _number(groups["q"]) if "q" in groups else None
    named_month = _number(groups["m"]) if "m" in groups else None
    if "mon" in groups:
        named_month = _MONTH_NAMES[groups["mon"].lower()]
    given = _given_year(match, context, groups)
    if given is not None:
        return _build(match, context, given, named_month, day, named_quarter)
    direction = _DIRECTIONS[groups["dir"].lower()] if "dir" in groups else None
    if named_month is None and named_quarter is None:
        assert day is not None  # every template without a year names a day, month or quarter
        year, month = _month_of_bare_day(match, context, day, direction)
        return _build(match, context, year, month, day)
    year = _year_of(match, context, named_month, day, named_quarter, direction)
    return _build(match, context, year, named_month, day, named_quarter)


def _resolve_slashed(match: re.Match[str], context: _Context) -> PartialDate:
    """Read "1/27" or "27/1/2025": accepted only when one of month/day and day/month exists."""
    first, second = int(match["a"]), int(match["b"])
    year = _number(match["y"]) if match["y"] else context.reference.year
    readings = set()
    for month, day in {(first, second), (second, first)}:
        try:
            readings.add(PartialDate(year, month, day))
        except InvalidPartialDateError:
            continue
    if len(readings) > 1:
        forms = " or ".join(sorted(str(r) for r in readings))
        raise context.fail(
            f"could be {forms}; write the month as a word", "ambiguous", match.start()
        )
    if not readings:
        raise context.fail("names no date that exists", "invalid_date", match.start())
    return readings.pop()


def _given_year(match: re.Match[str], context: _Context, groups: dict[str, str]) -> int | None:
    """The year the phrase names itself (2023년, 去年, the same year), or None."""
    if "y" in groups:
        return _number(groups["y"])
    if "ry" in groups:
        return context.reference.year + _lookup(_YEAR_WORDS, groups["ry"])
    if "same" in groups:
        if context.same_year is None:
            raise context.fail(
                "refers to a year mentioned earlier; pass it as year=, e.g. year=2023",
                "needs_context",
                match.start(),
            )
        return context.same_year
    return None


def _month_of_bare_day(
    match: re.Match[str], context: _Context, day: int, direction: _Direction | None
) -> tuple[int, int]:
    """The month of "27일": the reference month, or the one before/after for 지난/오는."""
    if direction is None:
        return context.month_of_reference(match)
    today = context.day_of_reference(match)
    if direction == "past" and day > today.day:
        return _add((today.year, today.month), -1, 12)
    if direction == "next" and day < today.day:
        return _add((today.year, today.month), 1, 12)
    return today.year, today.month


def _year_of(
    match: re.Match[str],
    context: _Context,
    month: int | None,
    day: int | None,
    quarter: int | None,
    direction: _Direction | None,
) -> int:
    """The year of a month or quarter named without one: the reference year, or around it."""
    if direction is None:
        return context.reference.year
    # Compare within the reference year; a day may equal the reference, a month or quarter not.
    here: tuple[int, ...]
    there: tuple[int, ...]
    if quarter is not None:
        year, current = context.quarter_of_reference(match)
        here, there, same_allowed = (current,), (quarter,), False
    elif day is None:
        year, current = context.month_of_reference(match)
        here, there, same_allowed = (current,), (month or 0,), False
    else:
        today = context.day_of_reference(match)
        year, same_allowed = today.year, True
        here, there = (today.month, today.day), (month or 0, day)
    if direction == "past" and (there > here or (there == here and not same_allowed)):
        return year - 1
    if direction == "next" and (there < here or (there == here and not same_allowed)):
        return year + 1
    return year


def _build(
    match: re.Match[str],
    context: _Context,
    year: int,
    month: int | None = None,
    day: int | None = None,
    quarter: int | None = None,
) -> PartialDate:
    try:
        return PartialDate(year, month, day, quarter=quarter)
    except InvalidPartialDateError as error:
        raise context.fail(
            f"names no date that exists: {error}", "invalid_date", match.start()
        ) from error


def _refusal(text: str, start: int, end: int) -> ParseError:
    """The error for a phrase no template matched, with the reason and where reading stopped."""
    for reason, pattern in _refusal_patterns():
        found = pattern.search(text, start, end)
        if found is None:
            continue
        if reason == "ambiguous":
            problem = f"{found[0]!r} names a weekday, and which week depends on the writer"
        else:
            problem = f"{found[0]!r} is too vague for a partial date"
        return ParseError(
            f"{text!r}: {problem}; give the calendar date, e.g. '2025년 1월 27일' or 'Jan. 27'",
            text=text,
            position=found.start(),
            reason=reason,
        )
    stop = max(
        (m.end() for r in _rules() if (m := r.pattern.match(text, start, end))), default=start
    )
    stop += len(text[stop:]) - len(text[stop:].lstrip())  # point at the word, not the space
    return ParseError(
        f"{text!r} is not a date phrase aibrief reads (stopped at position {stop}: "
        f"{text[stop:]!r}); expected e.g. '2023년 7월', '去年5月', 'July 2023' or '2025-01-27'",
        text=text,
        position=stop,
        reason="unrecognised",
    )


def _number(word: str) -> int:
    """An int from ASCII or full-width digits, an English ordinal or a Chinese numeral."""
    if word.isdecimal():
        return int(word)
    if word.lower() in _ORDINALS:
        return _ORDINALS[word.lower()]
    tens, ten, units = word.partition("十")
    if ten:  # 十 = 10, 十二 = 12, 二十七 = 27
        return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[units] if units else 0)
    return int("".join(str(_CN_DIGITS[char]) for char in word))  # 二〇二三 digit by digit


def _lookup(table: Mapping[str, int], word: str) -> int:
    """The offset of a matched word, ignoring case and the whitespace the template allowed."""
    folded = "".join(word.split()).lower()
    return next(v for k, v in table.items() if "".join(k.split()) == folded)


def _add(period: tuple[int, int], offset: int, per_year: int) -> tuple[int, int]:
    """Move (year, month) or (year, quarter) by ``offset`` months or quarters."""
    year, index = period
    years, zero_based = divmod(index - 1 + offset, per_year)
    return year + years, zero_based + 1


_PLACEHOLDER: Final = re.compile(r"\{([A-Z]+)\}")


def _compile(template: str) -> re.Pattern[str]:
    spaced = template.replace(" ", r"\s*")
    return re.compile(_PLACEHOLDER.sub(lambda m: _PARTS[m[1]], spaced), re.IGNORECASE)


# "1/27", "27/1/2025": month and day order differ by country, so it has its own resolver.
_SLASHED: Final = r"(?P<a>\d{1,2}) / (?P<b>\d{1,2})( / {Y})?"


@functools.cache
def _rules() -> tuple[_Rule, ...]:
    """The compiled table, built on first use so that ``import aibrief`` stays quick."""
    rules = [_Rule(t, _compile(t), _resolve) for t in _TEMPLATES]
    return (*rules, _Rule(_SLASHED, _compile(_SLASHED), _resolve_slashed))


@functools.cache
def _refusal_patterns() -> tuple[tuple[ParseReason, re.Pattern[str]], ...]:
    return tuple((reason, re.compile(p, re.IGNORECASE)) for reason, p in _REFUSALS)
