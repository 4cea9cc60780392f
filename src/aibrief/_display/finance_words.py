"""The words of ``aibrief tour`` for financial news: results, listings, valuations, stakes and
deals, in English, Korean and Chinese.

Kept beside :mod:`aibrief._display.tour_words`, whose helpers and conventions they share: every
entry is an ``(en, ko, zh)`` triple, and a summary takes the tour's writer and a fact of its
kind. A stated change is written as a size and a direction ("up 56% year on year", "전년 대비
56% 증가", "同比增长56%"), a fiscal period as each language names it ("FY2026 Q2", "2026
회계연도 2분기", "2026财年第2季度").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final

from aibrief._claims.finance_text import metric_name, period_name
from aibrief._display.tour_words import Triple, _negated, _with_unit
from aibrief._quantities.approx import Approx

if TYPE_CHECKING:
    from aibrief._display.tour import _Writer

__all__ = ["FINANCE_LABELS", "FINANCE_SUMMARIES"]

FINANCE_LABELS: Final[dict[str, Triple]] = {
    "financial_result": ("financial result", "실적", "业绩"),
    "listing": ("listing", "상장", "上市"),
    "valuation": ("valuation", "기업가치", "估值"),
    "shareholding": ("shareholding", "지분", "持股"),
    "acquisition": ("acquisition", "인수", "收购"),
}
# A stated change: (en, ko, zh) templates for a rise and for a fall, filled with its size.
_CHANGE: Final[dict[str, tuple[Triple, Triple]]] = {
    "year_on_year": (
        (", up {} year on year", ", 전년 대비 {} 증가", "，同比增长{}"),
        (", down {} year on year", ", 전년 대비 {} 감소", "，同比下降{}"),
    ),
    "quarter_on_quarter": (
        (", up {} on the quarter", ", 전 분기 대비 {} 증가", "，环比增长{}"),
        (", down {} on the quarter", ", 전 분기 대비 {} 감소", "，环比下降{}"),
    ),
    "first_day_change": (
        ("; up {} on its first day", ", 상장 첫날 {} 상승", "，首日上涨{}"),
        ("; down {} on its first day", ", 상장 첫날 {} 하락", "，首日下跌{}"),
    ),
}
_LISTING: Final[dict[str, Triple]] = {
    "planned": ("plans to list on", "상장 추진", "计划上市"),
    "filed": ("filed to list on", "상장 신청", "申请上市"),
    "priced": ("priced its listing on", "공모가 확정", "确定发行价"),
    "listed": ("listed on", "상장", "上市"),
    "withdrawn": ("withdrew its listing on", "상장 철회", "撤回上市"),
}
_VENUE: Final[dict[str, Triple]] = {
    "ipo": ("", "", ""),
    "direct_listing": (" (direct listing)", " (직상장)", "（直接上市）"),
    "secondary_listing": (" (secondary listing)", " (2차 상장)", "（第二上市）"),
}
_DEAL: Final[dict[str, Triple]] = {
    "announced": ("agreed to buy", "인수 발표", "宣布收购"),
    "completed": ("bought", "인수 완료", "完成收购"),
    "blocked": ("was blocked from buying", "인수 불허", "被禁止收购"),
    "abandoned": ("dropped its bid for", "인수 포기", "放弃收购"),
}


def _financial_result(w: _Writer, f: Any) -> str:
    company, (en, ko, zh) = w.name(f.company), _period(f.period, f.through)
    metric = metric_name(f.metric, f.segment)
    margin = f.metric.endswith("_margin")
    if margin:
        value = w.figure(_with_unit(f.value, "percent"))
    else:
        value = w.amount("value", f.value, stated=f.stated_equivalent)
    guided = f.basis == "guidance"
    lines = [
        f"{company} {metric[0]} for {en}: {value}" + (" (guidance)" if guided else ""),
        f"{company} {ko} {metric[1]} {value}" + (" (전망)" if guided else ""),
        f"{company}{zh}{metric[2]}{value}" + ("（指引）" if guided else ""),
    ]
    unit = "percentage_point" if margin else "percent"
    for field in ("year_on_year", "quarter_on_quarter"):
        lines = _changed(w, lines, field, getattr(f, field), unit)
    if f.consensus is not None:
        expected = w.figure(_with_unit(f.consensus, "percent")) if margin else w.figure(f.consensus)
        lines = _added(
            lines,
            (f" (consensus {expected})", f" (시장 예상치 {expected})", f"（市场预期{expected}）"),
        )
    return w.say(tuple(lines))


def _listing(w: _Writer, f: Any) -> str:
    company, verb, venue = w.name(f.company), _LISTING[f.status], _VENUE[f.venue]
    ticker, ticker_zh = (f" ({f.ticker})", f"（{f.ticker}）") if f.ticker else ("", "")
    lines = [
        f"{company} {verb[0]} {f.exchange}{ticker}{venue[0]}",
        f"{company} {f.exchange}{ticker} {verb[1]}{venue[1]}",
        f"{company}在{f.exchange}{verb[2]}{ticker_zh}{venue[2]}",
    ]
    if f.offer_price is not None:
        price = w.amount("offer_price", f.offer_price)
        lines = _added(
            lines, (f" at an offer price of {price}", f", 공모가 {price}", f"，发行价{price}")
        )
    if f.amount_raised is not None:
        raised = w.amount("amount_raised", f.amount_raised, stated=f.stated_equivalent)
        lines = _added(lines, (f", raising {raised}", f", 조달액 {raised}", f"，募资{raised}"))
    if f.valuation is not None:
        value = w.amount("valuation", f.valuation)
        lines = _added(lines, (f", valued at {value}", f", 기업가치 {value}", f"，估值{value}"))
    return w.say(tuple(_changed(w, lines, "first_day_change", f.first_day_change, "percent")))


def _valuation(w: _Writer, f: Any) -> str:
    company = w.name(f.company)
    value = w.amount("amount", f.amount, stated=f.stated_equivalent)
    if f.basis == "private":
        lines = [
            f"{company} valued at {value}",
            f"{company} 기업가치 {value}",
            f"{company}估值{value}",
        ]
    else:
        lines = [
            f"{company} market value {value}",
            f"{company} 시가총액 {value}",
            f"{company}市值{value}",
        ]
    if f.rank is not None:
        among = f.ranking or ""
        lines = _added(
            lines,
            (
                f", #{f.rank}" + (f" in {among}" if among else ""),
                f", {among} {f.rank}위".replace(",  ", ", "),
                f"，{among}排名第{f.rank}",
            ),
        )
    return w.say(tuple(lines))


def _shareholding(w: _Writer, f: Any) -> str:
    holder, company = w.name(f.holder), w.name(f.company)
    held = [
        w.figure(_with_unit(f.stake, "percent")) if f.stake is not None else "",
        w.figure(_with_unit(f.shares, "share")) if f.shares is not None else "",
    ]
    size = w.say((" and ", ", ", "、")).join(part for part in held if part)
    lines = [
        f"{holder} holds {size} of {company}",
        f"{holder}, {company} 지분 {size} 보유",
        f"{holder}持有{company}{size}",
    ]
    if f.amount is not None:
        worth = w.amount("amount", f.amount, stated=f.stated_equivalent)
        lines = _added(lines, (f" (worth {worth})", f" (가치 {worth})", f"（价值{worth}）"))
    return w.say(tuple(lines))


def _acquisition(w: _Writer, f: Any) -> str:
    buyer, target, verb = w.name(f.acquirer), w.name(f.target), _DEAL[f.status]
    lines = [
        f"{buyer} {verb[0]} {target}",
        f"{buyer}, {target} {verb[1]}",
        f"{buyer}{verb[2]}{target}",
    ]
    if f.stake is not None:
        stake = w.figure(_with_unit(f.stake, "percent"))
        lines = _added(lines, (f" ({stake} stake)", f" (지분 {stake})", f"（{stake}股权）"))
    if f.price is not None:
        price = w.amount("price", f.price, stated=f.stated_equivalent)
        lines = _added(lines, (f" for {price}", f": {price}", f"，金额{price}"))
    return w.say(tuple(lines))


FINANCE_SUMMARIES: Final[dict[str, Callable[[_Writer, Any], str]]] = {
    "financial_result": _financial_result,
    "listing": _listing,
    "valuation": _valuation,
    "shareholding": _shareholding,
    "acquisition": _acquisition,
}


def _period(period: Any, through: Any) -> Triple:
    """A period as each language names it, or a run of periods "through" another."""
    first = period_name(period)
    if through is None:
        return first
    last = period_name(through)
    return f"{first[0]} to {last[0]}", f"{first[1]}~{last[1]}", f"{first[2]}至{last[2]}"


def _changed(w: _Writer, lines: list[str], field: str, change: Any, unit: str) -> list[str]:
    """The lines with a stated change appended, its size and direction in words."""
    if change is None:
        return lines
    number = change.value if isinstance(change, Approx) else change
    rise, fall = _CHANGE[field]
    size = w.figure(_with_unit(_negated(change) if number < 0 else change, unit))
    return _added(
        lines, tuple(template.format(size) for template in (fall if number < 0 else rise))
    )


def _added(lines: list[str], tails: tuple[str, ...]) -> list[str]:
    return [line + tail for line, tail in zip(lines, tails, strict=True)]
