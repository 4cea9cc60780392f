"""Partial dates: a year, a quarter, a month or a day, as precise as the news that gives it."""

from __future__ import annotations

import calendar
import re
from datetime import MAXYEAR, MINYEAR, date, datetime
from typing import Final, Literal, NamedTuple

import attrs

from aibrief._core import html
from aibrief.errors import DateTypeError, InvalidPartialDateError

__all__ = ["AgeRange", "PartialDate", "Precision"]

#: How much of a date is known: ``"year"``, ``"quarter"``, ``"month"`` or ``"day"``.
Precision = Literal["year", "quarter", "month", "day"]

# Coarser first, so that a period sorts just before the first day it contains.
_RANK: Final[dict[Precision, int]] = {"year": 0, "quarter": 1, "month": 2, "day": 3}

# The four ISO 8601 forms and nothing looser: free text goes through aibrief.parse_date.
# Digits are matched loosely here (any count) so that "2023-7" gets a message naming the form.
_ISO: Final = re.compile(
    r"(?P<year>[0-9]+)(?:-Q(?P<quarter>[0-9]+)|-(?P<month>[0-9]+)(?:-(?P<day>[0-9]+))?)?",
    re.ASCII,
)
_ISO_FORMS: Final = "'YYYY', 'YYYY-Qn', 'YYYY-MM' or 'YYYY-MM-DD', e.g. '2018-Q3' or '2023-07'"


class AgeRange(NamedTuple):
    """The youngest and oldest a person can be on a date, when the birth date is partial.

    A plain tuple, so ``youngest, oldest = ...`` works; ``exact`` is the age when both agree.

    >>> import datetime, aibrief as ab
    >>> ages = ab.PartialDate(1985).age_on(datetime.date(2025, 1, 27))
    >>> ages
    AgeRange(youngest=39, oldest=40)
    >>> ages == (39, 40), ages.exact
    (True, None)
    """

    youngest: int
    oldest: int

    @property
    def exact(self) -> int | None:
        """The age when it is known exactly, else ``None``.

        >>> import datetime, aibrief as ab
        >>> ab.PartialDate(1985, 3, 2).age_on(datetime.date(2025, 1, 27)).exact
        39
        """
        return self.youngest if self.youngest == self.oldest else None


@attrs.frozen(slots=True, order=False, repr=False)
class PartialDate:
    """A date known to a year, a quarter, a month or a day.

    News gives dates at the precision it knows: "founded in 2015", "in the third quarter of
    2018", "in July 2023", "on January 27, 2025". A year-only date is not January 1st, so this
    type keeps the precision instead of inventing the missing parts.

    Give ``month`` and ``day`` positionally and ``quarter`` by keyword. A quarter excludes a
    month, and a day needs a month.

    Partial dates sort by their first day; when two start on the same day the coarser one comes
    first, so a year sorts before its first quarter, which sorts before January, which sorts
    before January 1st. The order is total and agrees with ``==``.

    >>> import aibrief as ab
    >>> ab.PartialDate(2023, 7)
    PartialDate(2023, 7)
    >>> str(ab.PartialDate(2018, quarter=3))
    '2018-Q3'
    >>> sorted([ab.PartialDate(2023, 7, 1), ab.PartialDate(2023, 7), ab.PartialDate(2023)])
    [PartialDate(2023), PartialDate(2023, 7), PartialDate(2023, 7, 1)]
    """

    year: int
    month: int | None = None
    day: int | None = None
    quarter: int | None = attrs.field(default=None, kw_only=True)

    def __attrs_post_init__(self) -> None:
        _check(self.year, self.month, self.day, self.quarter)

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read an ISO 8601 date at any of the four precisions.

        >>> import aibrief as ab
        >>> [ab.PartialDate.parse(t) for t in ["2015", "2018-Q3", "2023-07", "2025-01-27"]]
        [PartialDate(2015), PartialDate(2018, quarter=3), PartialDate(2023, 7), PartialDate(2025, 1, 27)]

        News phrases such as "지난해 5월" or "last May" go through :func:`aibrief.parse_date`.
        """
        if not isinstance(text, str):
            raise DateTypeError(
                f"PartialDate.parse expects a str such as '2023-07', got {type(text).__name__} "
                f"{text!r}; use PartialDate.from_date for a datetime.date",
                value=text,
                expected="str",
            )
        match = _ISO.fullmatch(text)
        if match is None or len(match["year"]) != 4 or _wrong_width(match):
            raise InvalidPartialDateError(
                f"{text!r} is not an ISO partial date; expected {_ISO_FORMS}",
                value=text,
                expected=_ISO_FORMS,
            )
        month, day, quarter = (
            None if match[name] is None else int(match[name])
            for name in ("month", "day", "quarter")
        )
        return cls(int(match["year"]), month, day, quarter=quarter)

    @classmethod
    def from_date(cls, value: date, precision: Precision = "day") -> PartialDate:
        """The partial date of a :class:`datetime.date`, cut to ``precision``.

        A :class:`datetime.datetime` is refused: its calendar day depends on a time zone, so
        pass ``value.date()`` (or the date in the zone you mean) explicitly.

        >>> import datetime, aibrief as ab
        >>> ab.PartialDate.from_date(datetime.date(2025, 1, 27))
        PartialDate(2025, 1, 27)
        >>> ab.PartialDate.from_date(datetime.date(2025, 8, 27), "quarter")
        PartialDate(2025, quarter=3)
        """
        day = _as_date(value, "value")
        if precision == "day":
            return cls(day.year, day.month, day.day)
        if precision == "month":
            return cls(day.year, day.month)
        if precision == "quarter":
            return cls(day.year, quarter=(day.month + 2) // 3)
        if precision == "year":
            return cls(day.year)
        raise InvalidPartialDateError(
            f"precision {precision!r} is not known; expected 'year', 'quarter', 'month' or 'day'",
            value=precision,
            expected="'year', 'quarter', 'month' or 'day'",
        )

    @property
    def precision(self) -> Precision:
        """How much of the date is known.

        >>> import aibrief as ab
        >>> ab.PartialDate(2023, 7).precision
        'month'
        """
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        if self.quarter is not None:
            return "quarter"
        return "year"

    @property
    def start(self) -> date:
        """The first day of the period.

        >>> import aibrief as ab
        >>> ab.PartialDate(2018, quarter=3).start
        datetime.date(2018, 7, 1)
        """
        if self.quarter is not None:
            return date(self.year, 3 * self.quarter - 2, 1)
        return date(self.year, self.month or 1, self.day or 1)

    @property
    def end(self) -> date:
        """The last day of the period (inclusive).

        >>> import aibrief as ab
        >>> ab.PartialDate(2024, 2).end
        datetime.date(2024, 2, 29)
        """
        if self.day is not None:
            return self.start
        last_month = 3 * self.quarter if self.quarter is not None else self.month or 12
        return date(self.year, last_month, calendar.monthrange(self.year, last_month)[1])

    def contains(self, other: date | PartialDate) -> bool:
        """Whether a date, or the whole of another partial date, falls inside this period.

        >>> import datetime, aibrief as ab
        >>> ab.PartialDate(2023, 7).contains(datetime.date(2023, 7, 31))
        True
        >>> ab.PartialDate(2023).contains(ab.PartialDate(2023, quarter=4))
        True
        >>> ab.PartialDate(2023, 7).contains(ab.PartialDate(2023))
        False
        """
        if isinstance(other, PartialDate):
            return self.start <= other.start and other.end <= self.end
        day = _as_date(other, "other")
        return self.start <= day <= self.end

    def __contains__(self, other: date | PartialDate) -> bool:
        """``day in period`` is :meth:`contains`.

        >>> import datetime, aibrief as ab
        >>> datetime.date(2025, 1, 27) in ab.PartialDate(2025, quarter=1)
        True
        """
        return self.contains(other)

    def age_on(self, on: date | PartialDate) -> AgeRange:
        """The age on ``on`` of a person born on this (partial) date, as a range.

        The youngest age is that of someone born on the last possible day, measured on the
        first possible day of ``on``; the oldest is that of someone born on the first possible
        day, measured on the last. A February 29 birthday is reached on March 1 in other years.
        Ages never go below 0; ``on`` wholly before the birth raises an error.

        >>> import datetime, aibrief as ab
        >>> ab.PartialDate(1985).age_on(datetime.date(2025, 1, 27))
        AgeRange(youngest=39, oldest=40)
        >>> ab.PartialDate(1985, 7).age_on(ab.PartialDate(2025))
        AgeRange(youngest=39, oldest=40)
        """
        period = on if isinstance(on, PartialDate) else PartialDate.from_date(_as_date(on, "on"))
        if period.end < self.start:
            raise InvalidPartialDateError(
                f"cannot give an age on {period} for a birth in {self}: that is before the birth; "
                f"expected a date on or after {self.start.isoformat()}",
                value=on,
                expected=f"a date on or after {self.start.isoformat()}",
            )
        youngest = max(0, _age(self.end, period.start))
        return AgeRange(youngest, _age(self.start, period.end))

    def isoformat(self) -> str:
        """The ISO 8601 text of the date, which :meth:`parse` reads back.

        >>> import aibrief as ab
        >>> ab.PartialDate(2025, 1, 27).isoformat(), ab.PartialDate(2015).isoformat()
        ('2025-01-27', '2015')
        """
        text = f"{self.year:04d}"
        if self.quarter is not None:
            return f"{text}-Q{self.quarter}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    def __str__(self) -> str:
        return self.isoformat()

    def _repr_html_(self) -> str:
        """A partial date as a table: the date as written, its precision and the days it spans.

        >>> import aibrief as ab
        >>> print(ab.PartialDate(2024, quarter=3)._repr_html_())
        <table class="aibrief aibrief-partial-date"><tr><th>date</th><td>2024-Q3</td></tr><tr><th>precision</th><td>quarter</td></tr><tr><th>first day</th><td>2024-07-01</td></tr><tr><th>last day</th><td>2024-09-30</td></tr></table>
        """
        return html.fields(
            "partial-date",
            [
                ("date", self.isoformat()),
                ("precision", self.precision),
                ("first day", self.start),
                ("last day", self.end),
            ],
        )

    def __repr__(self) -> str:
        parts = [str(self.year)]
        parts += [str(part) for part in (self.month, self.day) if part is not None]
        if self.quarter is not None:
            parts.append(f"quarter={self.quarter}")
        return f"PartialDate({', '.join(parts)})"

    def _key(self) -> tuple[int, int, int, int]:
        """(first day as year, month, day; then coarser first), without building a date."""
        first_month = 3 * self.quarter - 2 if self.quarter is not None else self.month or 1
        return (self.year, first_month, self.day or 1, _RANK[self.precision])

    def __lt__(self, other: PartialDate) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other: PartialDate) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other: PartialDate) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other: PartialDate) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() >= other._key()


def _check(year: object, month: object, day: object, quarter: object) -> None:
    """Raise a helpful error unless the fields name a real period."""
    for name, value in (("year", year), ("month", month), ("day", day), ("quarter", quarter)):
        if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
            fix = " (use PartialDate.parse for ISO text)" if isinstance(value, str) else ""
            raise DateTypeError(
                f"{name} {value!r} is a {type(value).__name__}; expected an int{fix}",
                value=value,
                expected="int",
            )
    assert isinstance(year, int)  # narrowed above; mypy cannot see it through the loop
    _check_range("year", year, MINYEAR, MAXYEAR)
    if quarter is not None and month is not None:
        raise InvalidPartialDateError(
            f"quarter {quarter} and month {month} were both given; expected one or the other",
            value=(quarter, month),
            expected="a quarter or a month, not both",
        )
    if day is not None and month is None:
        raise InvalidPartialDateError(
            f"day {day} was given without a month; expected a month with the day",
            value=day,
            expected="a month with the day",
        )
    if isinstance(quarter, int):
        _check_range("quarter", quarter, 1, 4)
    if isinstance(month, int):
        _check_range("month", month, 1, 12)
        if isinstance(day, int):
            last = calendar.monthrange(year, month)[1]
            _check_range("day", day, 1, last, f" in {year:04d}-{month:02d}")


def _check_range(name: str, value: int, low: int, high: int, where: str = "") -> None:
    if not low <= value <= high:
        expected = f"a {name} from {low} to {high}{where}"
        raise InvalidPartialDateError(
            f"{name} {value} is out of range; expected {expected}", value=value, expected=expected
        )


def _wrong_width(match: re.Match[str]) -> bool:
    """Whether ISO text writes a month or day without two digits, or a quarter without one."""
    widths = {"month": 2, "day": 2, "quarter": 1}
    return any(match[name] is not None and len(match[name]) != n for name, n in widths.items())


def _as_date(value: object, name: str) -> date:
    """Return ``value`` if it is a plain date; refuse datetimes, whose day depends on a zone."""
    if isinstance(value, datetime):
        raise DateTypeError(
            f"{name} {value!r} is a datetime; expected a datetime.date. "
            "Pass value.date() (in the time zone you mean) to say which calendar day",
            value=value,
        )
    if not isinstance(value, date):
        raise DateTypeError(
            f"{name} {value!r} is a {type(value).__name__}; expected a datetime.date or a "
            "PartialDate (use PartialDate.parse for ISO text)",
            value=value,
            expected="datetime.date or PartialDate",
        )
    return value


def _age(born: date, on: date) -> int:
    """Whole years between two days; the birthday counts once its month and day are reached."""
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))
