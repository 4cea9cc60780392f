"""The explanations of the checks of financial news: stated growth and totals beside their parts.

Like :mod:`aibrief._claims.text`, each builder returns the ``explanation_en``, ``explanation_ko``
and ``explanation_zh`` keywords of a :class:`~aibrief._claims.check.ClaimCheck`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Final

from aibrief._claims.text import (
    Label,
    Words,
    _josa,
    _off,
    _within,
    _words,
    money,
    number,
    percent,
)

__all__ = [
    "METRIC_WORDS",
    "growth",
    "metric_name",
    "period_name",
    "shown",
    "total",
    "unchecked",
]


#: What each financial metric is called, in English, Korean and Chinese ("{segment}" filled in).
METRIC_WORDS: Final[dict[str, Label]] = {
    "revenue": ("revenue", "매출", "营收"),
    "segment_revenue": ("{segment} revenue", "{segment} 매출", "{segment}营收"),
    "gross_profit": ("gross profit", "매출총이익", "毛利"),
    "operating_income": ("operating income", "영업이익", "营业利润"),
    "net_income": ("net income", "순이익", "净利润"),
    "eps": ("earnings per share", "주당순이익", "每股收益"),
    "gross_margin": ("gross margin", "매출총이익률", "毛利率"),
    "operating_margin": ("operating margin", "영업이익률", "营业利润率"),
    "net_margin": ("net margin", "순이익률", "净利率"),
}


def growth(
    *,
    change: Label,
    base: Label,
    implied: str,
    reference: str,
    deviation: Decimal | None,
    tolerance: Decimal | None,
) -> Words:
    """Why a stated change agrees with the brief's figures: what it implies from the earlier one.

    ``change`` says the stated change ("56% year on year"), ``base`` the earlier figure and
    its period ("30,040,000,000 USD in FY2025 Q2"); ``implied`` is the figure the change
    implies and ``reference`` the brief's own, ``deviation`` ``implied / reference - 1``.
    """
    (change_en, change_ko, change_zh), (base_en, base_ko, base_zh) = change, base
    off_en, off_ko, off_zh = _off(deviation or Decimal(0), "该值")
    within_en, within_ko, within_zh = _within_interval(deviation, tolerance)
    return _words(
        f"At the stated {change_en} from {base_en}, the figure would be {implied}; it {off_en} "
        f"the brief's {reference}, {within_en}.",
        f"{base_ko}에서 {change_ko}{_josa(change_ko, '을', '를')} 적용하면 {implied}이며, 브리프의 "
        f"{_than_ko(reference, deviation, off_ko)} {within_ko}.",
        f"以{base_zh}按{change_zh}推算，数值应为{implied}；简报中的数值为{reference}，推算值{off_zh}，"
        f"{within_zh}。",
    )


def unchecked(stated: Label, reason: Label) -> Words:
    """Why a stated change or total cannot be checked: ``reason``, in each language."""
    (stated_en, stated_ko, stated_zh), (reason_en, reason_ko, reason_zh) = stated, reason
    return _words(
        f"The stated {stated_en} cannot be checked: {reason_en}.",
        f"{stated_ko}{_josa(stated_ko, '은', '는')} 확인할 수 없습니다: {reason_ko}.",
        f"无法核对{stated_zh}：{reason_zh}。",
    )


def total(
    *,
    parts: int,
    summed: str,
    stated: str,
    deviation: Decimal | None,
    tolerance: Decimal | None,
) -> Words:
    """Why a stated total agrees with the sum of its ``parts`` figures, or does not."""
    off_en, off_ko, off_zh = _off(deviation or Decimal(0), "合计")
    within_en, within_ko, within_zh = _within_interval(deviation, tolerance)
    return _words(
        f"The {parts} figures it adds up add to {summed}; the stated total of {stated} {off_en} "
        f"it, {within_en}.",
        f"합산 대상 {parts}개 수치의 합은 {summed}이고, 기사의 합계 {stated}는 "
        f"{_than_ko('이', deviation, off_ko)} {within_ko}.",
        f"{parts}项数值合计为{summed}，原文总数{stated}{off_zh}，{within_zh}。",
    )


def metric_name(metric: str, segment: str | None = None) -> Label:
    """What a financial metric is called: ``('revenue', '매출', '营收')``."""
    en, ko, zh = METRIC_WORDS.get(metric, (metric.replace("_", " "),) * 3)
    return en.format(segment=segment), ko.format(segment=segment), zh.format(segment=segment)


def shown(value: Any) -> str:
    """A figure of a result: money as ``'46,743,000,000 USD'``, a margin as ``'72.4%'``."""
    if hasattr(value, "currency"):
        return money(value)
    return f"{number(value)}%"


def period_name(period: Any) -> Label:
    """A period as each language names it: ``('FY2026 Q2', '2026 회계연도 2분기',
    '2026财年第2季度')`` for a fiscal quarter, ``('Q2 2025', '2025년 2분기', '2025年第2季度')``
    for a calendar one."""
    fiscal_year = getattr(period, "fiscal_year", None)
    if fiscal_year is not None:
        part = period.part
        if part == "quarter":
            quarter = period.quarter
            return (
                period.label,
                f"{fiscal_year} 회계연도 {quarter}분기",
                f"{fiscal_year}财年第{quarter}季度",
            )
        if part == "half":
            ko, zh = ("상반기", "上半年") if period.half == 1 else ("하반기", "下半年")
            return period.label, f"{fiscal_year} 회계연도 {ko}", f"{fiscal_year}财年{zh}"
        return period.label, f"{fiscal_year} 회계연도", f"{fiscal_year}财年"
    year, month, quarter = period.year, period.month, period.quarter
    if quarter is not None:
        return f"Q{quarter} {year}", f"{year}년 {quarter}분기", f"{year}年第{quarter}季度"
    if month is not None and period.day is None:
        return str(period), f"{year}년 {month}월", f"{year}年{month}月"
    if month is not None:
        return str(period), f"{year}년 {month}월 {period.day}일", f"{year}年{month}月{period.day}日"
    return str(year), f"{year}년", f"{year}年"


def _than_ko(other: str, deviation: Decimal | None, off: str) -> str:
    """ "{other}보다 3% 높아", or "{other}와 같아" when the two are equal."""
    if not deviation:
        return f"{other}{_josa(other, '과', '와')} 같아"
    return f"{other}보다 {off}"


def _within_interval(deviation: Decimal | None, tolerance: Decimal | None) -> Label:
    """:func:`_within`, or for an unbounded interval (which always overlaps) that it is one."""
    if deviation is None or tolerance is None:
        return (
            "within the open-ended interval the figures allow",
            "수치가 허용하는 범위(상한 또는 하한 없음) 이내입니다",
            "在数值所容许的开放区间以内",
        )
    shown = f"±{percent(tolerance)}"
    return _within(deviation, tolerance, _words(shown, shown, shown))
