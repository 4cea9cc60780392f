"""Company fiscal calendars: when a fiscal year ends, and where its quarters and halves fall.

A calendar is one rule, written as one line of text:

* ``"end of June"``: the year ends on the last day of a month, and quarters are three
  calendar months (Microsoft, Alibaba's March, and every company on the calendar year);
* ``"last Sunday of January"``: a 52/53-week year ends on the last given weekday of a month,
  and quarters are 13 weeks, one of them 14 in a 53-week year (Nvidia, Apple);
* ``"Saturday nearest the end of September"``: the same, ending on the weekday nearest the
  month's last day, which may fall in the first days of the next month.

Two optional clauses follow a comma: ``"53rd week in Q1"`` says which quarter gains the extra
week of a 53-week year (the fourth unless stated), and ``"named by its first year"`` says the
fiscal year is named by the calendar year it starts in, as in Japan ("FY2024" running from
April 2024 to March 2025); otherwise it is named by the year it ends in, as Nvidia's fiscal
2026 ends in January 2026.
"""

from __future__ import annotations

import calendar as _calendar
import re
from datetime import date, timedelta
from typing import Final, Literal

import attrs

from aibrief._core import html
from aibrief.errors import InvalidArgumentError, InvalidPartialDateError

__all__ = ["FiscalCalendar", "FiscalPart", "canonical_rule"]

#: How much of a fiscal year a period covers: the whole year, a half or a quarter.
FiscalPart = Literal["year", "half", "quarter"]

_WEEKDAYS: Final = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)
_MONTHS: Final = tuple(_calendar.month_name)[1:]  # "January" ... "December" (C locale)
_MONTH_NUMBERS: Final = {
    **{name.lower(): n for n, name in enumerate(_MONTHS, 1)},
    **{name[:3].lower(): n for n, name in enumerate(_MONTHS, 1)},
}
_MONTH: Final = r"(?P<month>[a-z]+)"
_WEEKDAY: Final = r"(?P<weekday>[a-z]+)"
_ISO_END: Final = re.compile(r"(?P<mm>[0-9]{2})-(?P<dd>[0-9]{2})")
_DAY: Final = r"(?: (?P<day>[0-9]{1,2}))?"
_MONTH_END: Final = re.compile(rf"(?:end of )?{_MONTH}{_DAY}")
_LAST: Final = re.compile(rf"last {_WEEKDAY} (?:of|in) {_MONTH}")
_NEAREST: Final = re.compile(rf"{_WEEKDAY} (?:nearest|closest to) (?:the end of )?{_MONTH}{_DAY}")
_LONG_QUARTER: Final = re.compile(r"53rd week in q(?P<quarter>[1-4])")
_FIRST_YEAR: Final = "named by its first year"
_FORMS: Final = (
    "'end of June', 'last Sunday of January' or 'Saturday nearest the end of September', "
    "optionally followed by ', 53rd week in Q1' and ', named by its first year'"
)
_ONE_DAY: Final = timedelta(days=1)
_WEEK: Final = timedelta(weeks=1)


def canonical_rule(text: object) -> str:
    """A year-end rule in its canonical spelling; refuses text that is not a rule.

    >>> canonical_rule("last sun in jan")
    'last Sunday of January'
    """
    return _Rule.parse(text).text


@attrs.frozen(repr=False)
class FiscalCalendar:
    """A company's fiscal calendar: the day its fiscal year ends, as one rule.

    ``company`` names the calendar (a slug such as ``"nvidia"``); ``year_end`` is the rule,
    kept in a canonical spelling: ``"end of June"`` (quarters of calendar months),
    ``"last Sunday of January"`` or ``"Saturday nearest the end of September"`` (52/53-week
    years of 13-week quarters), then optionally ``", 53rd week in Q1"`` (the fourth quarter
    is the long one unless stated) and ``", named by its first year"``. ``source`` says
    where the rule comes from (it takes no part in equality). :func:`aibrief.fiscal_calendar`
    looks up the built-in calendars.

    >>> import aibrief as ab
    >>> acme = ab.FiscalCalendar("acme", "Saturday closest to September 30")
    >>> acme
    FiscalCalendar('acme', 'Saturday nearest the end of September')
    >>> acme.year_end_of(2024), acme.weeks
    (datetime.date(2024, 9, 28), True)
    >>> ab.FiscalCalendar("acme-kk", "March 31, named by its first year").year_end_of(2024)
    datetime.date(2025, 3, 31)
    """

    company: str = attrs.field()
    year_end: str = attrs.field(converter=canonical_rule)
    source: str | None = attrs.field(default=None, kw_only=True, eq=False)
    _rule: _Rule = attrs.field(init=False, eq=False, repr=False)

    @company.validator
    def _check_company(self, attribute: attrs.Attribute[str], value: object) -> None:
        if not isinstance(value, str) or not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", value):
            message = (
                f"company {value!r} is not a slug; name the calendar like an entity id, "
                "such as 'nvidia' or 'sk-hynix'"
            )
            raise InvalidArgumentError(message, name="company", value=value)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_rule", _Rule.parse(self.year_end))

    @property
    def weeks(self) -> bool:
        """Whether the calendar counts 52/53-week years (else its quarters are months).

        >>> import aibrief as ab
        >>> ab.fiscal_calendar("nvidia").weeks, ab.fiscal_calendar("microsoft").weeks
        (True, False)
        """
        return self._rule.weekday is not None

    def year_end_of(self, fiscal_year: int) -> date:
        """The last day of fiscal year ``fiscal_year``.

        >>> import aibrief as ab
        >>> ab.fiscal_calendar("nvidia").year_end_of(2026)
        datetime.date(2026, 1, 25)
        """
        return self._rule.year_end(fiscal_year)

    def bounds(
        self, fiscal_year: int, part: FiscalPart = "year", number: int = 1
    ) -> tuple[date, date]:
        """The first and last day of a fiscal year, or of its ``number``-th half or quarter.

        >>> import aibrief as ab
        >>> ab.fiscal_calendar("nvidia").bounds(2026, "quarter", 2)
        (datetime.date(2025, 4, 28), datetime.date(2025, 7, 27))
        >>> ab.fiscal_calendar("microsoft").bounds(2025, "half", 1)
        (datetime.date(2024, 7, 1), datetime.date(2024, 12, 31))
        """
        _check_year(fiscal_year)
        first = self._rule.year_end(fiscal_year - 1) + _ONE_DAY
        last = self._rule.year_end(fiscal_year)
        if part == "year":
            return first, last
        count = _check_part(part, number)
        if self._rule.weekday is None:
            return _month_bounds(first, 12 // count, number)
        return _week_bounds(first, last, self._rule.long_quarter, count, number)

    def year_containing(self, day: date) -> int:
        """The fiscal year a day falls in.

        >>> import datetime, aibrief as ab
        >>> ab.fiscal_calendar("nvidia").year_containing(datetime.date(2025, 5, 28))
        2026
        """
        for fiscal_year in (day.year - 1, day.year, day.year + 1, day.year + 2):
            if self._rule.year_end(fiscal_year - 1) < day <= self._rule.year_end(fiscal_year):
                return fiscal_year
        raise AssertionError(f"no fiscal year of {self!r} holds {day}")  # pragma: no cover

    def __repr__(self) -> str:
        return f"FiscalCalendar({self.company!r}, {self.year_end!r})"

    def _repr_html_(self) -> str:
        """A calendar as a table: the company, its rule and where the rule comes from.

        >>> import aibrief as ab
        >>> print(ab.FiscalCalendar("acme", "end of March")._repr_html_())
        <table class="aibrief aibrief-fiscal-calendar"><tr><th>company</th><td>acme</td></tr><tr><th>fiscal year ends</th><td>end of March</td></tr><tr><th>source</th><td>—</td></tr></table>
        """
        return html.fields(
            "fiscal-calendar",
            [
                ("company", self.company),
                ("fiscal year ends", self.year_end),
                ("source", self.source),
            ],
        )


@attrs.frozen
class _Rule:
    """A year-end rule, read: the month, and for week calendars the weekday and how it is found."""

    month: int
    weekday: int | None = None  # 0 is Monday, as date.weekday() counts
    nearest: bool = False
    long_quarter: int = 4
    first_year: bool = False

    @classmethod
    def parse(cls, text: object) -> _Rule:
        if not isinstance(text, str):
            message = f"year_end {text!r} is not text; write the rule, e.g. {_FORMS}"
            raise InvalidArgumentError(message, name="year_end", value=text)
        base, *clauses = (part.strip() for part in text.strip().lower().split(","))
        rule = cls._base(base, text)
        for clause in clauses:
            rule = rule._with(clause, text)
        return rule

    @classmethod
    def _base(cls, base: str, text: str) -> _Rule:
        if found := _LAST.fullmatch(base):
            month, weekday = _month(found["month"], text), _weekday(found["weekday"], text)
            return cls(month, weekday)
        if found := _NEAREST.fullmatch(base):
            month, weekday = _month(found["month"], text), _weekday(found["weekday"], text)
            if found["day"] is not None:
                _month_end(month, int(found["day"]), text)
            return cls(month, weekday, nearest=True)
        if found := _ISO_END.fullmatch(base):
            month = _month(found["mm"], text)
            return cls(_month_end(month, int(found["dd"]), text))
        if found := _MONTH_END.fullmatch(base):
            month = _month(found["month"], text)
            return cls(
                month if found["day"] is None else _month_end(month, int(found["day"]), text)
            )
        raise _unreadable(text)

    def _with(self, clause: str, text: str) -> _Rule:
        if clause == _FIRST_YEAR:
            return attrs.evolve(self, first_year=True)
        if (found := _LONG_QUARTER.fullmatch(clause)) and self.weekday is not None:
            return attrs.evolve(self, long_quarter=int(found["quarter"]))
        if found:
            message = (
                f"year_end {text!r} puts a 53rd week in a calendar of months; only a rule "
                "ending on a weekday ('last Saturday of September') has 53-week years"
            )
            raise InvalidArgumentError(message, name="year_end", value=text)
        raise _unreadable(text)

    @property
    def text(self) -> str:
        """The rule in its canonical spelling."""
        month = _MONTHS[self.month - 1]
        if self.weekday is None:
            base = f"end of {month}"
        else:
            day = _WEEKDAYS[self.weekday].capitalize()
            base = f"{day} nearest the end of {month}" if self.nearest else f"last {day} of {month}"
        clauses = [base]
        if self.long_quarter != 4:
            clauses.append(f"53rd week in Q{self.long_quarter}")
        if self.first_year:
            clauses.append(_FIRST_YEAR)
        return ", ".join(clauses)

    def year_end(self, fiscal_year: int) -> date:
        """The last day of a fiscal year: in its own calendar year, or the next one when named
        by its first year (unless the year ends in December, when both namings agree)."""
        year = fiscal_year + 1 if self.first_year and self.month != 12 else fiscal_year
        last = date(year, self.month, _calendar.monthrange(year, self.month)[1])
        if self.weekday is None:
            return last
        back = (last.weekday() - self.weekday) % 7  # days back to the weekday
        if self.nearest and back > 3:
            return last + timedelta(days=7 - back)
        return last - timedelta(days=back)


def _month_bounds(first: date, months: int, number: int) -> tuple[date, date]:
    """The ``number``-th run of ``months`` calendar months from ``first`` (a month's first day)."""
    start = _add_months(first, months * (number - 1))
    after = _add_months(start, months)
    return start, after - _ONE_DAY


def _week_bounds(
    first: date, last: date, long_quarter: int, count: int, number: int
) -> tuple[date, date]:
    """The ``number``-th of ``count`` parts of a 52/53-week year, in whole weeks.

    Every quarter has 13 weeks, and ``long_quarter`` gains the 53rd; a half is two quarters.
    """
    extra = (last - first + _ONE_DAY) // _WEEK - 52  # 1 in a 53-week year, else 0
    quarters = [13 + (extra if q == long_quarter else 0) for q in range(1, 5)]
    per_part = 4 // count
    weeks_before = sum(quarters[: per_part * (number - 1)])
    weeks = sum(quarters[per_part * (number - 1) : per_part * number])
    start = first + weeks_before * _WEEK
    return start, start + weeks * _WEEK - _ONE_DAY


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _check_year(fiscal_year: object) -> None:
    # A fiscal year's first day lies in the year before, and may end in the year after.
    if not isinstance(fiscal_year, int) or isinstance(fiscal_year, bool):
        message = f"fiscal year {fiscal_year!r} is not an int; pass a year such as 2026"
        raise InvalidPartialDateError(message, value=fiscal_year, expected="an int")
    if not 2 <= fiscal_year <= 9997:
        expected = "a fiscal year from 2 to 9997"
        message = f"fiscal year {fiscal_year} is out of range; expected {expected}"
        raise InvalidPartialDateError(message, value=fiscal_year, expected=expected)


def _check_part(part: str, number: object) -> int:
    """How many parts of ``part`` make a year (2 halves, 4 quarters), once ``number`` is checked."""
    count = {"half": 2, "quarter": 4}.get(part)
    if count is None:
        expected = "'year', 'half' or 'quarter'"
        message = f"part {part!r} is not a part of a fiscal year; expected {expected}"
        raise InvalidPartialDateError(message, value=part, expected=expected)
    if not isinstance(number, int) or isinstance(number, bool) or not 1 <= number <= count:
        expected = f"a {part} from 1 to {count}"
        message = f"{part} {number!r} is out of range; expected {expected}"
        raise InvalidPartialDateError(message, value=number, expected=expected)
    return count


def _month(name: str, text: str) -> int:
    number = int(name) if name.isdigit() else _MONTH_NUMBERS.get(name)
    if number is None or not 1 <= number <= 12:
        raise _unreadable(text, f"{name!r} is not a month")
    return number


def _weekday(name: str, text: str) -> int:
    for index, day in enumerate(_WEEKDAYS):
        if name in (day, day[:3]):
            return index
    raise _unreadable(text, f"{name!r} is not a day of the week")


def _month_end(month: int, day: int, text: str) -> int:
    """The month of a rule written as a date, which must be the month's last day."""
    last = 29 if month == 2 else _calendar.monthrange(2001, month)[1]
    if day != last and not (month == 2 and day == 28):
        raise _unreadable(
            text,
            f"a year ending on {_MONTHS[month - 1]} {day} is not a month end; write the weekday "
            "rule if the year ends on a weekday",
        )
    return month


def _unreadable(text: str, why: str = "") -> InvalidArgumentError:
    reason = f" ({why})" if why else ""
    message = f"year_end {text!r} is not a rule aibrief reads{reason}; expected {_FORMS}"
    return InvalidArgumentError(message, name="year_end", value=text)
