"""Checks of stated growth: a change year on year or on the quarter, and a compound annual rate.

A result that states how it changed ("revenue rose 56% from a year earlier to $46.7 billion")
implies a figure from the earlier one: grown at the stated rate, the earlier period's figure
should come out as this one. The earlier figure is the brief's own result of the same company,
metric and segment for the period a year (or a quarter, or ``growth_since``) before; without it
the check is "unverifiable". Every figure stands for the interval it was written with
(:mod:`aibrief._claims.intervals`), the arithmetic carries the intervals
(:func:`aibrief.growth_rate`'s inverse), and the stated change agrees when the implied interval
meets the brief's figure. A margin changes in percentage points and is checked so.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final

from aibrief._claims import finance_text, text
from aibrief._claims.check import ClaimCheck
from aibrief._claims.intervals import agreement, written
from aibrief._core.decimal import DIVISION
from aibrief._dates.fiscal_period import FiscalPeriod
from aibrief._dates.partial_date import PartialDate
from aibrief._models.results import FinancialResult, is_margin
from aibrief._quantities.approx import Approx
from aibrief._quantities.growth import compound
from aibrief.errors import AibriefError

if TYPE_CHECKING:
    from aibrief._brief.brief import Brief
    from aibrief._claims.text import Label

__all__ = ["growth_checks"]

# How each stated change is named, and how far back its base period lies.
_CHANGES: Final = (
    ("year_on_year", ("year on year", "전년 동기 대비", "同比")),
    ("quarter_on_quarter", ("on the quarter", "전 분기 대비", "环比")),
)
_CONSENSUS: Final = ("over the consensus", "시장 예상치 대비", "较市场预期")


def growth_checks(brief: Brief, fact: object) -> Iterator[ClaimCheck]:
    """The checks of every change a financial result states."""
    if not isinstance(fact, FinancialResult) or fact.through is not None:
        return
    for field, how in _CHANGES:
        stated = getattr(fact, field)
        if stated is not None:
            base = _earlier(fact.period, field)
            yield _against_period(brief, fact, stated, base=base, years=Decimal(1), how=how)
    if fact.annual_growth is not None and fact.growth_since is not None:
        years = _years_between(fact.growth_since, fact.period)
        yield _against_period(
            brief, fact, fact.annual_growth, base=fact.growth_since, years=years, how=_annual(years)
        )
    if fact.versus_consensus is not None and fact.consensus is not None:
        consensus = finance_text.shown(_point(fact.consensus))
        base_words = (consensus, consensus, consensus)
        yield _grown(
            fact, fact.versus_consensus, _CONSENSUS, fact.consensus, base_words, Decimal(1)
        )


def _against_period(
    brief: Brief,
    fact: FinancialResult,
    stated: Any,
    *,
    base: FiscalPeriod | PartialDate | None,
    years: Decimal | None,
    how: Label,
) -> ClaimCheck:
    """The check of one stated change against the brief's result of its base period."""
    earlier = None if base is None or years is None else _result_of(brief, fact, base)
    if earlier is None or years is None:
        change = _change_words(stated, how, margin=is_margin(fact.metric))
        words = finance_text.unchecked(change, _missing(fact, base))
        return ClaimCheck(verdict="unverifiable", **words, **_claim(fact, stated))
    base_words = _base_words(earlier, base)
    return _grown(fact, stated, how, earlier.value, base_words, years)


def _grown(
    fact: FinancialResult, stated: Any, how: Label, earlier: Any, base: Label, years: Decimal
) -> ClaimCheck:
    """The check of ``fact``'s figure against ``earlier`` changed as stated."""
    margin = is_margin(fact.metric)
    change, claim = _change_words(stated, how, margin=margin), _claim(fact, stated)
    if _unit(earlier) != _unit(fact.value):
        words = finance_text.unchecked(change, _other_currency(base))
        return ClaimCheck(verdict="unverifiable", **words, **claim)
    try:
        implied = _implied(written(earlier), written(stated), years, margin=margin)
    except AibriefError as error:  # a change of -100% or less leaves nothing to grow
        words = finance_text.unchecked(change, (str(error),) * 3)
        return ClaimCheck(verdict="unverifiable", **words, **claim)
    reference = written(fact.value)
    verdict, deviation, tolerance = agreement(implied, reference)
    words = finance_text.growth(
        change=change,
        base=base,
        implied=finance_text.shown(implied.value),
        reference=finance_text.shown(reference.value),
        deviation=deviation,
        tolerance=tolerance,
    )
    return ClaimCheck(
        verdict=verdict,
        implied=implied.value,
        reference=reference.value,
        deviation=deviation,
        tolerance=tolerance,
        **words,
        **claim,
    )


def _claim(fact: FinancialResult, stated: Any) -> dict[str, Any]:
    """What every check of one stated change shares."""
    cited = next((c for c in fact.citations if "%" in c.phrase), fact.citations[0])
    return {
        "fact": fact.id,
        "kind": "growth",
        "subject": fact.company,
        "phrase": cited.phrase,
        "source": cited.source,
        "on": fact.period,
        "stated": stated,
    }


def _implied(earlier: Approx[Any], stated: Approx[Any], years: Decimal, *, margin: bool) -> Any:
    """The earlier figure grown at the stated rate (for a margin: moved by the stated points)."""
    if margin:
        result: Approx[Any] = earlier + stated
        return result
    grown = compound(earlier, stated, years)
    return grown if isinstance(grown, Approx) else Approx(grown, "exact")


# --- The base period and its result -----------------------------------------------------------


def _earlier(period: FiscalPeriod | PartialDate, field: str) -> FiscalPeriod | PartialDate | None:
    """The period a change is measured from: a year before, or the quarter before."""
    if isinstance(period, FiscalPeriod):
        if field == "year_on_year":
            return period.year_before()
        return period.previous() if period.part == "quarter" else None
    if period.precision == "day":
        return None
    if field == "year_on_year":
        return PartialDate(period.year - 1, period.month, quarter=period.quarter)
    if period.quarter is None:
        return None
    if period.quarter == 1:
        return PartialDate(period.year - 1, quarter=4)
    return PartialDate(period.year, quarter=period.quarter - 1)


def _years_between(
    start: FiscalPeriod | PartialDate, end: FiscalPeriod | PartialDate
) -> Decimal | None:
    """Whole (or fractional) years from one period to another of the same kind, else None."""
    if isinstance(start, FiscalPeriod) and isinstance(end, FiscalPeriod):
        if start.calendar != end.calendar or start.part != end.part:
            return None
        per_year = {"quarter": 4, "half": 2, "year": 1}[start.part]
        steps = (end.fiscal_year - start.fiscal_year) * per_year + end.number - start.number
    elif isinstance(start, PartialDate) and isinstance(end, PartialDate):
        if start.precision != end.precision or start.precision == "day":
            return None
        per_year = {"quarter": 4, "month": 12, "year": 1}[start.precision]
        first = start.quarter or start.month or 1
        last = end.quarter or end.month or 1
        steps = (end.year - start.year) * per_year + last - first
    else:
        return None
    return DIVISION.divide(steps, per_year) if steps > 0 else None


def _result_of(
    brief: Brief, fact: FinancialResult, period: FiscalPeriod | PartialDate
) -> FinancialResult | None:
    """The brief's reported result of the same company, metric and segment for ``period``."""
    for other in brief.facts:
        if (
            isinstance(other, FinancialResult)
            and other is not fact
            and other.period == period
            and other.through is None
            and other.basis == "reported"
            and (other.company, other.metric, other.segment)
            == (fact.company, fact.metric, fact.segment)
        ):
            return other
    return None


# --- Words ----------------------------------------------------------------------------------------


def _annual(years: Decimal | None) -> Label:
    count = "?" if years is None else text.number(years)
    return (f"a year over {count} years", f"{count}년간 연평균", f"{count}年年均")


def _change_words(stated: Any, how: Label, *, margin: bool) -> Label:
    """The stated change in each language: "56% year on year", "전년 동기 대비 56%"."""
    value = stated.value if isinstance(stated, Approx) else stated
    size = text.number(value)
    sign = "+" if value > 0 else ""
    if margin:
        en, ko, zh = f"{sign}{size} points", f"{sign}{size}%포인트", f"{sign}{size}个百分点"
    else:
        en = ko = zh = f"{sign}{size}%"
    return f"{en} {how[0]}", f"{how[1]} {ko}", f"{how[2]}{zh}"


def _base_words(earlier: FinancialResult, period: Any) -> Label:
    figure = finance_text.shown(_point(earlier.value))
    en, ko, zh = finance_text.period_name(period)
    return f"{figure} in {en}", f"{ko}의 {figure}", f"{zh}的{figure}"


def _missing(fact: FinancialResult, period: Any) -> Label:
    company = fact.company
    if period is None:
        return (
            "there is no earlier period to measure it from",
            "비교할 이전 기간이 없습니다",
            "没有可比较的前期",
        )
    en, ko, zh = finance_text.period_name(period)
    metric_en, metric_ko, metric_zh = finance_text.metric_name(fact.metric, fact.segment)
    return (
        f"the brief holds no {metric_en} of {company} for {en}",
        f"브리프에 {company}의 {ko} {metric_ko} 수치가 없습니다",
        f"简报中没有{company}{zh}的{metric_zh}数值",
    )


def _other_currency(base: Label) -> Label:
    en, ko, zh = base
    return (
        f"the figure it starts from ({en}) is in another currency",
        f"기준 수치({ko})의 통화가 다릅니다",
        f"基数（{zh}）为另一种货币",
    )


def _point(value: Any) -> Any:
    return value.value if isinstance(value, Approx) else value


def _unit(value: Any) -> str | None:
    """The currency of an amount, or None for a percentage."""
    inner = value.value if isinstance(value, Approx) else value
    return getattr(inner, "currency", None)
