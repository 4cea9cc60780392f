"""The fiscal calendars of the companies AI-industry news follows most, each with its source.

Each rule is a fact stated in the company's own filings or investor-relations reports, named
in ``source``; the rule is aibrief's wording, not a quotation. Nvidia, Apple and Microsoft end
their fiscal years off the calendar year, so their "2분기" (second quarter) is not April to
June; the others report on the calendar year.

>>> import aibrief as ab
>>> ab.fiscal_calendar("엔비디아")
FiscalCalendar('nvidia', 'last Sunday of January')
>>> sorted(ab.fiscal_calendars())[:3]
['alibaba', 'apple', 'baidu']
"""

from __future__ import annotations

import difflib
import re
from typing import Final

from aibrief._dates.fiscal_calendar import FiscalCalendar
from aibrief.errors import InvalidArgumentError

__all__ = ["built_in_calendar", "fiscal_calendar", "fiscal_calendars"]

# company: (year-end rule, source, other names news uses for the company).
_BUILT_IN: Final[dict[str, tuple[str, str, tuple[str, ...]]]] = {
    "nvidia": (
        "last Sunday of January",
        "NVIDIA Corporation, annual reports on Form 10-K (SEC EDGAR, CIK 1045810), note 1 of "
        "the financial statements: a 52- or 53-week fiscal year ending on the last Sunday of "
        "January; fiscal 2021 was a 53-week year whose fourth quarter had 14 weeks",
        ("엔비디아", "英伟达", "輝達", "nvda"),
    ),
    "microsoft": (
        "end of June",
        "Microsoft Corporation, annual reports on Form 10-K (SEC EDGAR, CIK 789019): fiscal "
        "years end on June 30",
        ("마이크로소프트", "微软", "微軟", "msft"),
    ),
    "apple": (
        "last Saturday of September, 53rd week in Q1",
        "Apple Inc., annual reports on Form 10-K (SEC EDGAR, CIK 320193), note 1 of the "
        "financial statements: a 52- or 53-week fiscal year ending on the last Saturday of "
        "September, the extra week of a 53-week year falling in the first quarter (fiscal 2023)",
        ("애플", "苹果", "蘋果", "aapl"),
    ),
    "tsmc": (
        "end of December",
        "Taiwan Semiconductor Manufacturing Company, annual reports on Form 20-F and quarterly "
        "management reports (investor.tsmc.com): the fiscal year is the calendar year",
        ("대만 tsmc", "台积电", "台積電"),
    ),
    "samsung-electronics": (
        "end of December",
        "Samsung Electronics, business reports filed with DART (Korea's Financial Supervisory "
        "Service) and quarterly earnings releases: the fiscal year is the calendar year",
        ("samsung", "삼성전자", "三星电子", "三星電子"),
    ),
    "sk-hynix": (
        "end of December",
        "SK hynix, business reports filed with DART (Korea's Financial Supervisory Service) and "
        "quarterly earnings releases: the fiscal year is the calendar year",
        ("sk하이닉스", "하이닉스", "sk海力士"),
    ),
    "alibaba": (
        "end of March",
        "Alibaba Group Holding, annual reports on Form 20-F (SEC EDGAR, CIK 1577552): fiscal "
        "years end on March 31",
        ("알리바바", "阿里巴巴"),
    ),
    "tencent": (
        "end of December",
        "Tencent Holdings, annual and interim reports filed with HKEX: the fiscal year is the "
        "calendar year",
        ("텐센트", "腾讯", "騰訊"),
    ),
    "baidu": (
        "end of December",
        "Baidu, Inc., annual reports on Form 20-F (SEC EDGAR, CIK 1329099): the fiscal year is "
        "the calendar year",
        ("바이두", "百度"),
    ),
    "xiaomi": (
        "end of December",
        "Xiaomi Corporation, annual and interim reports filed with HKEX: the fiscal year is the "
        "calendar year",
        ("샤오미", "小米"),
    ),
}
_SEPARATORS: Final = re.compile(r"[\s_]+")
# Every name of a built-in calendar, as looked up (lower case, spaces and underscores as "-").
_BY_NAME: Final = {
    _SEPARATORS.sub("-", name.casefold()): company
    for company, (_, _, others) in _BUILT_IN.items()
    for name in (company, *others)
}


def fiscal_calendar(company: str, *, ends: str | None = None) -> FiscalCalendar:
    """A company's fiscal calendar: a built-in one by name, or the rule you state in ``ends``.

    The built-in calendars (see :func:`fiscal_calendars`) are found by id, by name in
    Korean or Chinese, or by ticker. Any other company's calendar is one line:
    ``ab.fiscal_calendar("acme", ends="last Saturday of June")``.

    >>> import aibrief as ab
    >>> nvidia = ab.fiscal_calendar("nvidia")
    >>> nvidia.bounds(2026, "quarter", 2)
    (datetime.date(2025, 4, 28), datetime.date(2025, 7, 27))
    >>> nvidia.source[:38]
    'NVIDIA Corporation, annual reports on '
    >>> ab.fiscal_calendar("SK하이닉스").company, ab.fiscal_calendar("台积电").year_end
    ('sk-hynix', 'end of December')
    >>> ab.fiscal_calendar("acme", ends="March 31")
    FiscalCalendar('acme', 'end of March')
    >>> ab.fiscal_calendar("nvidai")
    Traceback (most recent call last):
    ...
    aibrief.errors.InvalidArgumentError: aibrief has no fiscal calendar for 'nvidai'; did you mean 'nvidia'? ...
    """
    if ends is not None:
        return FiscalCalendar(company, ends)
    found = built_in_calendar(company)
    if found is None:
        raise _unknown(company)
    return found


def fiscal_calendars() -> dict[str, FiscalCalendar]:
    """Every built-in fiscal calendar, by company id.

    >>> import aibrief as ab
    >>> {name: calendar.year_end for name, calendar in ab.fiscal_calendars().items()
    ...  if calendar.year_end != "end of December"}
    {'nvidia': 'last Sunday of January', 'microsoft': 'end of June', 'apple': 'last Saturday of September, 53rd week in Q1', 'alibaba': 'end of March'}
    """
    return {company: _calendar(company) for company in _BUILT_IN}


def built_in_calendar(name: object) -> FiscalCalendar | None:
    """The built-in calendar of a company id or name, else ``None``."""
    if not isinstance(name, str):
        return None
    company = _BY_NAME.get(_SEPARATORS.sub("-", name.strip().casefold()))
    return None if company is None else _calendar(company)


def _calendar(company: str) -> FiscalCalendar:
    rule, source, _ = _BUILT_IN[company]
    return FiscalCalendar(company, rule, source=source)


def _unknown(company: object) -> InvalidArgumentError:
    close = difflib.get_close_matches(str(company).casefold(), list(_BY_NAME), n=1)
    hint = f"did you mean {close[0]!r}? " if close else ""
    message = (
        f"aibrief has no fiscal calendar for {company!r}; {hint}state the rule in one line, "
        f"e.g. ab.fiscal_calendar({company!r}, ends='end of December') "
        f"(built-in: {', '.join(_BUILT_IN)})"
    )
    return InvalidArgumentError(message, name="company", value=company)
