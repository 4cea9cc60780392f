"""Fiscal periods: a company's fiscal year, half or quarter, with the calendar days it covers.

Nvidia's "2분기" of fiscal 2026 ran from 28 April to 27 July 2025, not from April to June: a
:class:`FiscalPeriod` keeps the period as the company names it and gives its first and last
day from the company's :class:`~aibrief.FiscalCalendar`. It orders, prints and is written to
JSON as :class:`~aibrief.PartialDate` is, and sorts among partial dates by its first day.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

import attrs

from aibrief._core import html
from aibrief._dates.calendars import built_in_calendar, fiscal_calendar
from aibrief._dates.fiscal_calendar import FiscalCalendar, FiscalPart
from aibrief._dates.partial_date import PartialDate, _as_date
from aibrief.errors import DateTypeError, InvalidPartialDateError

__all__ = ["FiscalPeriod"]

_TEXT: Final = re.compile(
    r"(?P<company>[a-z0-9]+(?:-[a-z0-9]+)*) FY(?P<year>[0-9]{4})"
    r"(?:-(?P<part>[QH])(?P<number>[0-9]))?(?: \((?P<rule>[^()]+)\))?"
)
_FORMS: Final = (
    "'<company> FY<year>' with '-Q<n>' or '-H<n>', then the rule in parentheses unless the "
    "calendar is built in, e.g. 'nvidia FY2026-Q2' or 'acme FY2025-H1 (end of March)'"
)
_PARTS: Final = {"Q": "quarter", "H": "half"}
# Among periods that start on one day, the longer sorts first; a PartialDate before a
# FiscalPeriod of the same days, so that the order is total.
_PARTIAL_DATE, _FISCAL_PERIOD = 0, 1


def _to_calendar(value: FiscalCalendar | str) -> FiscalCalendar:
    if isinstance(value, FiscalCalendar):
        return value
    if isinstance(value, str):
        return fiscal_calendar(value)
    message = (
        f"calendar {value!r} is a {type(value).__name__}; pass a company name such as "
        "'nvidia' or an ab.FiscalCalendar('acme', 'end of March')"
    )
    raise DateTypeError(message, value=value, expected="FiscalCalendar or str")


@attrs.frozen(repr=False, order=False)
class FiscalPeriod:
    """A fiscal year, half or quarter of a company, and the calendar days it covers.

    ``calendar`` is a :class:`FiscalCalendar` or the name of a built-in one (``"nvidia"``);
    give ``quarter`` or ``half`` by keyword, or neither for the whole fiscal year.
    ``start`` and ``end`` are its first and last day; a FiscalPeriod sorts with partial dates
    by its first day, the longer period first.

    >>> import aibrief as ab
    >>> q2 = ab.FiscalPeriod("nvidia", 2026, quarter=2)
    >>> q2
    FiscalPeriod('nvidia', 2026, quarter=2)
    >>> q2.start, q2.end
    (datetime.date(2025, 4, 28), datetime.date(2025, 7, 27))
    >>> str(q2), q2.label
    ('nvidia FY2026-Q2', 'FY2026 Q2')
    >>> sorted([ab.PartialDate(2025, quarter=2), q2, ab.PartialDate(2025, 5)])
    [PartialDate(2025, quarter=2), FiscalPeriod('nvidia', 2026, quarter=2), PartialDate(2025, 5)]
    """

    calendar: FiscalCalendar = attrs.field(converter=_to_calendar)
    fiscal_year: int
    quarter: int | None = attrs.field(default=None, kw_only=True)
    half: int | None = attrs.field(default=None, kw_only=True)
    start: date = attrs.field(init=False, eq=False)
    end: date = attrs.field(init=False, eq=False)

    def __attrs_post_init__(self) -> None:
        if self.quarter is not None and self.half is not None:
            message = (
                f"quarter {self.quarter} and half {self.half} were both given; "
                "expected one or the other"
            )
            raise InvalidPartialDateError(
                message, value=(self.quarter, self.half), expected="a quarter or a half, not both"
            )
        first, last = self.calendar.bounds(self.fiscal_year, self.part, self.number)
        object.__setattr__(self, "start", first)
        object.__setattr__(self, "end", last)

    @classmethod
    def parse(cls, text: str) -> FiscalPeriod:
        """Read the text ``str`` writes: ``"nvidia FY2026-Q2"``, ``"acme FY2025 (end of March)"``.

        The rule in parentheses is needed unless the company has a built-in calendar.

        >>> import aibrief as ab
        >>> ab.FiscalPeriod.parse("acme FY2025-H1 (end of March)").start
        datetime.date(2024, 4, 1)
        """
        if not isinstance(text, str):
            message = f"FiscalPeriod.parse expects a str such as 'nvidia FY2026-Q2', got {text!r}"
            raise DateTypeError(message, value=text, expected="str")
        found = _TEXT.fullmatch(text)
        if found is None:
            message = f"{text!r} is not a fiscal period; expected {_FORMS}"
            raise InvalidPartialDateError(message, value=text, expected=_FORMS)
        company, rule = found["company"], found["rule"]
        if rule is None and built_in_calendar(company) is None:
            message = (
                f"{text!r} names no rule and {company!r} has no built-in calendar; write the "
                f"rule in parentheses, e.g. '{text} (end of December)'"
            )
            raise InvalidPartialDateError(message, value=text, expected=_FORMS)
        calendar = fiscal_calendar(company, ends=rule)
        part = _PARTS.get(found["part"] or "")
        number = None if part is None else int(found["number"])
        if part == "quarter":
            return cls(calendar, int(found["year"]), quarter=number)
        return cls(calendar, int(found["year"]), half=number)

    @classmethod
    def containing(
        cls, calendar: FiscalCalendar | str, day: date, part: FiscalPart = "quarter"
    ) -> FiscalPeriod:
        """The fiscal year, half or quarter of ``calendar`` that a day falls in.

        >>> import datetime, aibrief as ab
        >>> ab.FiscalPeriod.containing("apple", datetime.date(2025, 1, 27))
        FiscalPeriod('apple', 2025, quarter=2)
        """
        calendar, day = _to_calendar(calendar), _as_date(day, "day")
        year = calendar.year_containing(day)
        if part == "year":
            return cls(calendar, year)
        for number in range(1, 5 if part == "quarter" else 3):
            first, last = calendar.bounds(year, part, number)
            if first <= day <= last:
                return cls(calendar, year, **{part: number})
        raise AssertionError(f"{day} is in no {part} of {year}")  # pragma: no cover

    @property
    def part(self) -> FiscalPart:
        """``"year"``, ``"half"`` or ``"quarter"``.

        >>> import aibrief as ab
        >>> ab.FiscalPeriod("apple", 2025, half=2).part
        'half'
        """
        if self.quarter is not None:
            return "quarter"
        return "half" if self.half is not None else "year"

    @property
    def number(self) -> int:
        """Which quarter or half it is (1 for a whole year)."""
        return self.quarter or self.half or 1

    @property
    def days(self) -> int:
        """How many calendar days the period covers.

        >>> import aibrief as ab
        >>> ab.FiscalPeriod("nvidia", 2021, quarter=4).days  # a 14-week quarter
        98
        """
        return (self.end - self.start).days + 1

    @property
    def label(self) -> str:
        """The period as reports name it: ``"FY2026 Q2"``, ``"FY2025 H1"``, ``"FY2025"``."""
        suffix = {"quarter": f" Q{self.quarter}", "half": f" H{self.half}", "year": ""}
        return f"FY{self.fiscal_year:04d}{suffix[self.part]}"

    def previous(self) -> FiscalPeriod:
        """The period of the same kind just before: Q1's is the last quarter of the year before.

        >>> import aibrief as ab
        >>> ab.FiscalPeriod("nvidia", 2026, quarter=1).previous()
        FiscalPeriod('nvidia', 2025, quarter=4)
        """
        count = {"quarter": 4, "half": 2, "year": 1}[self.part]
        if self.part == "year" or self.number == 1:
            return self._with(self.fiscal_year - 1, count)
        return self._with(self.fiscal_year, self.number - 1)

    def year_before(self) -> FiscalPeriod:
        """The same quarter, half or year one fiscal year earlier (the "year on year" base).

        >>> import aibrief as ab
        >>> ab.FiscalPeriod("nvidia", 2026, quarter=2).year_before().end
        datetime.date(2024, 7, 28)
        """
        return self._with(self.fiscal_year - 1, self.number)

    def contains(self, other: date | PartialDate | FiscalPeriod) -> bool:
        """Whether a day, or the whole of a partial date or another period, falls inside.

        >>> import datetime, aibrief as ab
        >>> q2 = ab.FiscalPeriod("nvidia", 2026, quarter=2)
        >>> q2.contains(datetime.date(2025, 7, 27)), q2.contains(ab.PartialDate(2025, 7))
        (True, False)
        """
        if isinstance(other, PartialDate | FiscalPeriod):
            return self.start <= other.start and other.end <= self.end
        day = _as_date(other, "other")
        return self.start <= day <= self.end

    def __contains__(self, other: date | PartialDate | FiscalPeriod) -> bool:
        return self.contains(other)

    def __str__(self) -> str:
        part = {"quarter": f"-Q{self.quarter}", "half": f"-H{self.half}", "year": ""}[self.part]
        text = f"{self.calendar.company} FY{self.fiscal_year:04d}{part}"
        if self._built_in():
            return text
        return f"{text} ({self.calendar.year_end})"

    def __repr__(self) -> str:
        calendar = repr(self.calendar.company) if self._built_in() else repr(self.calendar)
        part = "" if self.part == "year" else f", {self.part}={self.number}"
        return f"FiscalPeriod({calendar}, {self.fiscal_year}{part})"

    def _repr_html_(self) -> str:
        """A period as a table: its name, the company, its days and the calendar's rule.

        >>> import aibrief as ab
        >>> print(ab.FiscalPeriod("nvidia", 2026, quarter=2)._repr_html_())
        <table class="aibrief aibrief-fiscal-period"><tr><th>period</th><td>FY2026 Q2</td></tr><tr><th>company</th><td>nvidia</td></tr><tr><th>first day</th><td>2025-04-28</td></tr><tr><th>last day</th><td>2025-07-27</td></tr><tr><th>days</th><td>91</td></tr><tr><th>fiscal year ends</th><td>last Sunday of January</td></tr></table>
        """
        return html.fields(
            "fiscal-period",
            [
                ("period", self.label),
                ("company", self.calendar.company),
                ("first day", self.start),
                ("last day", self.end),
                ("days", self.days),
                ("fiscal year ends", self.calendar.year_end),
            ],
        )

    def _html_text_(self) -> str:
        return str(self)

    # --- Order: by first day, the longer first; with partial dates too --------------------

    def _key(self) -> tuple[date, int, int, str, str, int, int, int]:
        calendar = self.calendar
        return (
            self.start,
            self.start.toordinal() - self.end.toordinal(),
            _FISCAL_PERIOD,
            calendar.company,
            calendar.year_end,
            self.fiscal_year,
            self.quarter or 0,
            self.half or 0,
        )

    def __lt__(self, other: FiscalPeriod | PartialDate) -> bool:
        theirs = _key_of(other)
        return NotImplemented if theirs is None else self._key() < theirs

    def __le__(self, other: FiscalPeriod | PartialDate) -> bool:
        theirs = _key_of(other)
        return NotImplemented if theirs is None else self._key() <= theirs

    def __gt__(self, other: FiscalPeriod | PartialDate) -> bool:
        theirs = _key_of(other)
        return NotImplemented if theirs is None else self._key() > theirs

    def __ge__(self, other: FiscalPeriod | PartialDate) -> bool:
        theirs = _key_of(other)
        return NotImplemented if theirs is None else self._key() >= theirs

    def _with(self, fiscal_year: int, number: int) -> FiscalPeriod:
        if self.part == "year":
            return FiscalPeriod(self.calendar, fiscal_year)
        return FiscalPeriod(self.calendar, fiscal_year, **{self.part: number})

    def _built_in(self) -> bool:
        return built_in_calendar(self.calendar.company) == self.calendar


def _key_of(other: object) -> tuple[date, int, int, str, str, int, int, int] | None:
    """The sort key of a period or a partial date (which sorts the same among its own kind)."""
    if isinstance(other, FiscalPeriod):
        return other._key()
    if isinstance(other, PartialDate):
        length = other.start.toordinal() - other.end.toordinal()
        return (other.start, length, _PARTIAL_DATE, "", "", 0, 0, 0)
    return None
