"""Find the date phrases of a news text: "2019년", "지난해 5월", "去年5月", "in March 2024".

:func:`aibrief.parse_date` reads one phrase; this module finds where phrases stand in a
paragraph, so that a figure can be dated by the words around it. A small pattern proposes
candidates (a year with 년/年 or after "in", a month with its year word, a day with its
month), and each is kept only if :func:`~aibrief.parse_date` reads it whole; a miss is better
than a wrong date. Bare four-digit numbers are not years here ("2000명"), nor are a decade
("1980년대") or the ends of a range of years ("2018~2023년").

>>> import datetime
>>> found = find_dates("2019년 운용자산은 100억위안을 돌파했으며 2021년에는 1000억위안을 넘어섰다.", reference=datetime.date(2025, 1, 31))
>>> [(item.text, item.date) for item in found]
[('2019년', PartialDate(2019)), ('2021년', PartialDate(2021))]
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final, NamedTuple

from aibrief._dates.parsing import parse_date
from aibrief._dates.partial_date import PartialDate
from aibrief.errors import ParseError

__all__ = ["FoundDate", "find_dates"]

_MONTHS: Final = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
)
_HAN_YEAR: Final = "[〇零一二三四五六七八九]{4}"
# Candidates, longest shapes first within each alternative; parse_date has the last word.
_CANDIDATE: Final = re.compile(
    "|".join(
        (
            # Korean
            r"(?:재작년|지난해|작년|올해|금년|내년|같은\s*해)\s*(?:\d{1,2}\s*월(?:\s*\d{1,2}\s*일)?"
            r"|\d\s*분기)",
            r"\d{4}\s*년(?!대)(?:\s*\d{1,2}\s*월(?:\s*\d{1,2}\s*일)?|\s*\d\s*분기)?",
            r"(?:지난|오는)\s*\d{1,2}\s*(?:월(?:\s*\d{1,2}\s*일)?|일)",
            r"\d{1,2}\s*월\s*\d{1,2}\s*일",
            r"(?:재작년|지난해|작년|올해|금년|내년)",
            # Chinese
            rf"(?:\d{{4}}|{_HAN_YEAR})\s*年(?:\s*\d{{1,2}}\s*月(?:\s*\d{{1,2}}\s*[日号])?"
            r"|\s*第?\s*[1-4一二三四]\s*季度)?",
            r"(?:前年|去年|今年|明年|同年)(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?)?",
            r"\d{1,2}\s*月\s*\d{1,2}\s*[日号]",
            # English
            rf"\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?\b",
            rf"\b(?:{_MONTHS})\.?,?\s+(?:of\s+)?\d{{4}}\b",
            r"\b(?:the\s+)?(?:first|second|third|fourth)\s+quarter\s+of\s+\d{4}\b",
            r"\bQ[1-4],?\s+\d{4}\b",
            r"\b[Ii]n\s+\d{4}\b(?!\s*(?:%|percent))",
            rf"\b(?:last|this|next)\s+(?:year|month|quarter|{_MONTHS})\b",
        )
    ),
    re.ASCII | re.IGNORECASE,
)
# Before a candidate: the end of a range of years ("2018~2023년"), which dates no single figure.
_RANGE_BEFORE: Final = re.compile(r"\d\s*[~\-–—]\s*$")


class FoundDate(NamedTuple):
    """A date phrase found in a text: where it stands, its words and the date they name."""

    span: tuple[int, int]
    text: str
    date: PartialDate


def find_dates(text: str, *, reference: date | PartialDate) -> list[FoundDate]:
    """Every date phrase of ``text`` that :func:`~aibrief.parse_date` reads, in order.

    Relative phrases ("지난해 5월", "last year") are resolved against ``reference``, usually
    the publication date; "같은 해"/"同年" take the year of the last date found before them.
    """
    found: list[FoundDate] = []
    for match in _CANDIDATE.finditer(text):
        if _RANGE_BEFORE.search(text[max(0, match.start() - 4) : match.start()]):
            continue
        year = found[-1].date.year if found else None
        try:
            when = parse_date(match[0], reference=reference, year=year)
        except ParseError:
            continue
        found.append(FoundDate(match.span(), match[0], when))
    return found
