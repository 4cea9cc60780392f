"""Prices and stated equivalents: the parts of a mention that are amounts of their own.

A price has a denominator, written before it ("100만토큰당 1위안", "每百万tokens 1元") or after
it ("$2 per million tokens", "1元/百万tokens"); it is reported as the price with the
denominator in ``per``. A stated equivalent is a conversion in parentheses after an amount
("557만6000달러(약 80억원)", "(about $5.6M)", "（约合4亿元）"), reported in ``equivalent``.
The scanner (:mod:`aibrief._reading.scan.scanner`) calls these readers, which call it back to
read the inner amounts.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from aibrief._core.decimal import EXACT
from aibrief._reading import lexicon as lex
from aibrief._reading.mentions import ParsedAmount
from aibrief._reading.numerals import power_of_ten, read_numeral, tidy
from aibrief._reading.scan.tables import COUNTING_UNITS, PER_FIRSTS, RATIO_UNITS, Draft, Read

if TYPE_CHECKING:
    from aibrief._reading.scan.scanner import Scanner

__all__ = [
    "read_equivalent",
    "read_per",
    "read_period_after",
    "read_period_before",
    "read_price",
]


def read_price(scanner: Scanner, denominator: Draft, pos: int, start: int) -> Read:
    """The price after a denominator: "100만토큰당 1위안", "每百万tokens 1元"."""
    pos = scanner.skip_spaces(pos)
    if pos >= len(scanner.norm) or scanner.tables.vague.match(scanner.norm, pos):
        return _lone(denominator)
    if denominator.value == 0:
        return None, denominator.end  # "0만토큰당": a price per nothing is no price
    if denominator.currency or denominator.currency_options or not denominator.unit:
        return _lone(denominator)  # "每4$1元": a price is per a count, not per money
    found = scanner.read_prefixes(pos)
    if found is None or found.each:
        return _lone(denominator)
    price, end = scanner.read_inner(found)
    if not isinstance(price, Draft) or price.per is not None:
        return _lone(denominator)
    if not (price.currency or price.unit):
        return _lone(denominator)
    price.per = scanner.build(denominator)
    if price.equivalent is not None and price.equivalent.per is None:
        price.equivalent = _with_per(price.equivalent, price.per)
    price.start = start
    return price, end


def read_per(scanner: Scanner, draft: Draft, pos: int) -> int:
    """A denominator after the price: "$2 per million tokens", "1元/百万tokens"."""
    if not (draft.currency or draft.unit) or draft.unit in RATIO_UNITS or draft.per:
        return pos
    norm, tables = scanner.norm, scanner.tables
    at = scanner.skip_spaces(pos)
    if norm[at : at + 1] not in PER_FIRSTS:
        return pos
    if norm[at : at + 1] in ("/", "每") and at < len(norm):
        at += 1
    elif (per := tables.per.match(norm, at)) is not None:
        at = per[1]
    else:
        return pos
    count_start = at = scanner.skip_spaces(at)
    count = Decimal(1)
    if (core := tables.core.match(norm, at)) is not None:
        numeral = read_numeral(core[0])
        if numeral is None:
            return pos
        count, at = numeral.value, core.end()
    elif (article := tables.articles.match(norm, at)) is not None:
        at = scanner.skip_spaces(article[1])
    if (scale := scanner.scale_at(at, False)) is not None:
        count, at = tidy(EXACT.multiply(count, power_of_ten(scale[0]))), scale[1]
    at = scanner.skip_spaces(at)
    if (modifier := tables.modifiers.match(norm, at)) is not None:
        at = scanner.skip_spaces(modifier[1])
    unit = tables.tail.match(norm, at)
    if unit is None or unit[0][1] not in COUNTING_UNITS or unit[0][0] != "unit":
        return pos
    end = unit[1]
    draft.per = ParsedAmount(
        value=count,
        unit=unit[0][1],
        span=scanner.span(count_start, end),
        text=scanner.words(count_start, end),
        lang=scanner.lang,
    )
    return end


def read_period_after(scanner: Scanner, draft: Draft, pos: int) -> int:
    """The period of a rate after it: "$2 billion a year", "per quarter", "annually"."""
    if not (draft.currency or draft.unit or draft.money) or draft.per or draft.unit in RATIO_UNITS:
        return pos
    found = scanner.tables.period_after.match(scanner.norm, pos)
    if found is None:
        return pos
    unit = lex.PERIODS[(found["period"] or found["adverb"]).lower()]
    draft.per = _period(
        scanner, unit, found.start("period" if found["period"] else "adverb"), found.end()
    )
    return found.end()


def read_period_before(scanner: Scanner, pos: int) -> Read | None:
    """A rate whose period comes first: "분기당 20억 달러", "매년 100억원", "每年100亿元"."""
    norm, tables = scanner.norm, scanner.tables
    found = tables.periods_before.match(norm, pos)
    if found is None:
        return None
    unit, end = found
    start = scanner.read_prefixes(scanner.skip_spaces(end))
    if start is None or start.each:
        return None
    amount, after = scanner.read_inner(start)
    if not isinstance(amount, Draft) or amount.per is not None:
        return None
    if not (amount.currency or amount.unit or amount.money) or amount.unit in RATIO_UNITS:
        return None
    amount.per = _period(scanner, unit, pos, end)
    amount.start = pos
    return amount, after


def _period(scanner: Scanner, unit: str, start: int, end: int) -> ParsedAmount:
    return ParsedAmount(
        value=Decimal(1),
        unit=unit,
        span=scanner.span(start, end),
        text=scanner.words(start, end),
        lang=scanner.lang,
    )


def read_equivalent(scanner: Scanner, draft: Draft, pos: int) -> tuple[ParsedAmount, int] | None:
    """A stated conversion in parentheses: "(약 80억원)", "(about $5.6M)", "（约合4亿元）"."""
    norm, tables = scanner.norm, scanner.tables
    if norm[pos : pos + 2].lstrip()[:1] != "(":
        return None
    opening = tables.paren.match(norm, pos)
    if opening is None:
        return None
    at = opening.end()
    if (label := tables.labels.match(norm, at)) is not None:
        at = scanner.skip_spaces(label[1])
    if at >= len(norm) or tables.vague.match(norm, at):
        return None
    found = scanner.read_prefixes(at)
    if found is None or found.each:
        return None
    inner, _ = scanner.read_inner(found)
    if not isinstance(inner, Draft) or not (inner.currency or inner.unit):
        return None
    closing = tables.close.match(norm, inner.end)
    if closing is None:
        return None
    inner.per = inner.per or draft.per
    return scanner.build(inner), closing.end()


def _lone(draft: Draft) -> Read:
    """A denominator with no price after it is a count of its own: "100만토큰"."""
    return (draft if draft.unit else None), draft.end


def _with_per(amount: ParsedAmount, per: ParsedAmount) -> ParsedAmount:
    return ParsedAmount(
        value=amount.value,
        currency=amount.currency,
        unit=amount.unit,
        per=per,
        qualifier=amount.qualifier,
        low=amount.low,
        high=amount.high,
        span=amount.span,
        text=amount.text,
        lang=amount.lang,
    )
