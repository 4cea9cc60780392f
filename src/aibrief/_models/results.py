"""A company's financial results: a metric of a fiscal period, reported or guided, with the
changes the article states beside it.

The value of a margin is a percentage; every other metric is an amount of money (EPS is money
per share). The changes the article states are kept as it states them, so the claim checks
can test each against the other figures of the brief: ``year_on_year``,
``quarter_on_quarter`` and ``versus_consensus`` in percent for amounts and in percentage points
for margins, ``annual_growth`` (compound, in percent) since ``growth_since``, and ``parts``, the
facts whose values add up to this one ("four years of losses add up to about $5 billion").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final, Literal, get_args

import attrs

from aibrief._dates.fiscal_period import FiscalPeriod
from aibrief._dates.partial_date import PartialDate
from aibrief._models import numeric
from aibrief._models.facts import Amount, Fact, Number, fact_kind
from aibrief._models.ids import (
    ENTITY_REF,
    FACT_REF,
    check_optional_text,
    check_slug,
    one_of,
    slug_tuple,
)
from aibrief.errors import FieldTypeError, InvalidFieldError

__all__ = ["FinancialMetric", "FinancialResult", "ResultBasis", "is_margin"]

#: What a financial result measures. Margins are percentages; the rest are amounts of money.
FinancialMetric = Literal[
    "revenue",
    "segment_revenue",
    "gross_profit",
    "operating_income",
    "net_income",
    "eps",
    "gross_margin",
    "operating_margin",
    "net_margin",
]
#: Whether a figure was reported for a past period or guided for a coming one.
ResultBasis = Literal["reported", "guidance"]

_MARGINS: Final = frozenset({"gross_margin", "operating_margin", "net_margin"})
_PERIOD_FORMS: Final = (
    "ab.FiscalPeriod('nvidia', 2026, quarter=2) or ab.PartialDate(2025, quarter=2)"
)


def is_margin(metric: str) -> bool:
    """Whether a metric is a percentage (a margin) rather than an amount of money.

    >>> is_margin("gross_margin"), is_margin("revenue")
    (True, False)
    """
    return metric in _MARGINS


def _figure(value: object, result: Any, field: attrs.Attribute[Any]) -> Any:
    # The metric (an earlier field) says what the figure is; an unknown metric is left to its
    # own validator, which runs after every converter.
    if value is None and field.default is None:
        return None
    if is_margin(getattr(result, "metric", "")):
        return numeric.read_percent(value, field)
    return numeric.read_amount(value, field)


def _change(value: object, result: Any, field: attrs.Attribute[Any]) -> Any:
    # A margin changes in percentage points, an amount in percent.
    if value is None:
        return None
    if is_margin(getattr(result, "metric", "")):
        return numeric.read_points(value, field)
    return numeric.read_percent(value, field)


def _check_period(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None and attribute.default is None:
        return
    if type(value) is not FiscalPeriod and type(value) is not PartialDate:
        message = f"{attribute.name} {value!r} is not a period; pass {_PERIOD_FORMS}"
        raise FieldTypeError(message)


if TYPE_CHECKING:
    # mypy's attrs plugin reads converters that are plain functions only.
    def figure(value: object) -> Any:
        """attrs converter: a metric's figure, money or a percentage by the metric."""

    def change(value: object) -> Any:
        """attrs converter: a stated change, in percent or in percentage points by the metric."""

else:
    figure = attrs.Converter(_figure, takes_self=True, takes_field=True)
    change = attrs.Converter(_change, takes_self=True, takes_field=True)


@fact_kind("financial_result")
@attrs.frozen(kw_only=True)
class FinancialResult(Fact):
    """A company's result for a fiscal period: revenue, profit, EPS or a margin, as stated.

    ``period`` is a :class:`FiscalPeriod` or a :class:`PartialDate`, and ``through`` its last
    period when the figure covers several ("losses of fiscal 2021 through 2024"); ``date`` is
    when the result was announced. ``value`` is money, or a percentage for a margin, exact or
    approximate; ``segment`` names the segment of ``"segment_revenue"``. ``basis`` is
    ``"reported"`` or ``"guidance"``. The changes the article states are kept as stated:
    ``year_on_year`` and ``quarter_on_quarter`` in percent (percentage points for a margin),
    ``consensus`` (the figure analysts expected) and ``versus_consensus`` (how far above it,
    as stated), ``annual_growth`` (compound, in percent) since ``growth_since``, and ``parts``,
    the ids of facts whose values add up to this one.

    >>> import aibrief as ab
    >>> revenue = ab.FinancialResult(
    ...     id="nvda-q2-revenue", date=ab.PartialDate(2025, 8, 27), company="nvidia",
    ...     period=ab.FiscalPeriod("nvidia", 2026, quarter=2), metric="revenue",
    ...     value=ab.parse_amount("467억 달러"), year_on_year=ab.parse_amount("56% 증가"),
    ...     citations=[ab.Citation(source="s", phrase="매출은 전년 대비 56% 늘어난 467억 달러")])
    >>> revenue.value, revenue.year_on_year, revenue.period.end
    (Money('46700000000', 'USD'), Decimal('56'), datetime.date(2025, 7, 27))
    >>> ab.FinancialResult(id="m", company="nvidia", period=ab.PartialDate(2025),
    ...     metric="gross_margin", value=ab.Money("72", "USD"),
    ...     citations=[ab.Citation(source="s", phrase="총이익률 72%")])
    Traceback (most recent call last):
    ...
    aibrief.errors.FieldTypeError: value Money('72', 'USD') is not a percentage; pass a number of percent such as '-17', ab.Q_(-17, 'percent') or ab.parse_amount('5% 이상 하락')
    """

    company: str = attrs.field(validator=check_slug, metadata=ENTITY_REF)
    period: FiscalPeriod | PartialDate = attrs.field(validator=_check_period)
    metric: FinancialMetric = attrs.field(validator=one_of(get_args(FinancialMetric)))
    value: Amount | Number = attrs.field(converter=figure)
    segment: str | None = attrs.field(default=None, validator=check_optional_text)
    basis: ResultBasis = attrs.field(default="reported", validator=one_of(get_args(ResultBasis)))
    through: FiscalPeriod | PartialDate | None = attrs.field(default=None, validator=_check_period)
    stated_equivalent: Amount | None = attrs.field(default=None, converter=numeric.optional_amount)
    year_on_year: Number | None = attrs.field(default=None, converter=change)
    quarter_on_quarter: Number | None = attrs.field(default=None, converter=change)
    consensus: Amount | Number | None = attrs.field(default=None, converter=figure)
    versus_consensus: Number | None = attrs.field(default=None, converter=change)
    annual_growth: Number | None = attrs.field(default=None, converter=numeric.optional_percent)
    growth_since: FiscalPeriod | PartialDate | None = attrs.field(
        default=None, validator=_check_period
    )
    parts: tuple[str, ...] = attrs.field(default=(), converter=slug_tuple, metadata=FACT_REF)

    def __attrs_post_init__(self) -> None:
        if (self.metric == "segment_revenue") != (self.segment is not None):
            message = (
                f"fact {self.id!r}: a segment is named with the metric 'segment_revenue' and "
                f"only with it (metric {self.metric!r}, segment {self.segment!r}); "
                "e.g. metric='segment_revenue', segment='Data Center'"
            )
            raise InvalidFieldError(message)
        if (self.annual_growth is None) != (self.growth_since is None):
            message = (
                f"fact {self.id!r}: annual_growth and growth_since go together: a compound "
                "rate is stated since a period, e.g. annual_growth='48', "
                "growth_since=ab.FiscalPeriod('nvidia', 2023)"
            )
            raise InvalidFieldError(message)
        if self.through is not None and self.through.start < self.period.start:
            message = (
                f"fact {self.id!r}: through {self.through} starts before period {self.period}; "
                "period is the first of the periods a figure covers, through the last"
            )
            raise InvalidFieldError(message)
