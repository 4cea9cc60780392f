"""The kinds of fact AI-industry news states: foundings, money, prices, compute, releases, ...

Every amount is :class:`Money` or an :class:`Approx` of Money (the numeric fields also take
what the reader returns: see ``aibrief._models.numeric``); ``stated_equivalent`` keeps the
conversion the source printed next to it ("557만6000달러(약 80억원)"), so the claim checker can
test it against the rate of the source's date.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, get_args

import attrs

from aibrief._core.types import is_quantity
from aibrief._dates.partial_date import PartialDate
from aibrief._models import numeric
from aibrief._models.entities import Place
from aibrief._models.facts import (
    Amount,
    Comparison,
    Fact,
    Number,
    Value,
    check_value,
    comparison_tuple,
    fact_kind,
    optional_number_converter,
    to_value,
)
from aibrief._models.ids import (
    ENTITY_REF,
    FACT_REF,
    NESTED_REF,
    check_country,
    check_language,
    check_optional_date,
    check_optional_slug,
    check_optional_text,
    check_slug,
    check_text,
    one_of,
    slug_tuple,
    to_tuple,
)
from aibrief._models.names import Translations, optional_translations
from aibrief._models.pickles import loads_older_pickles
from aibrief.errors import FieldTypeError

if TYPE_CHECKING:
    from pint import Quantity

__all__ = [
    "AccessPolicyChange",
    "AppRanking",
    "AssetsUnderManagement",
    "CompensationOffer",
    "ComputeHolding",
    "DevelopmentCost",
    "ExportAction",
    "ExportControl",
    "Founding",
    "Funding",
    "MarketMove",
    "Milestone",
    "ModelAccess",
    "ModelRelease",
    "PayPeriod",
    "PerformanceComparison",
    "PerformanceRelation",
    "PriceDirection",
    "PriceSetting",
    "Quote",
    "StatedAge",
    "Statistic",
    "Supply",
]

#: How often a pay offer is paid.
PayPeriod = Literal["annual", "monthly", "one_time"]
#: Whether a price was set for the first time, cut or raised.
PriceDirection = Literal["set", "cut", "raise"]
#: How a model compares on performance with others.
PerformanceRelation = Literal["better", "comparable", "worse"]
#: What an export control does.
ExportAction = Literal["restrict", "ban", "license_required", "lift"]
#: How open an organisation keeps its models.
ModelAccess = Literal["open_source", "open_weights", "closed"]

_optional_bool = attrs.validators.optional(attrs.validators.instance_of(bool))
_optional_int = attrs.validators.optional(attrs.validators.instance_of(int))


def _optional_quantity(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not is_quantity(value):
        raise FieldTypeError(
            f"{attribute.name} {value!r} is not a quantity; pass ab.Q_(1000000, 'token')"
        )


@fact_kind("founding")
@attrs.frozen(kw_only=True)
class Founding(Fact):
    """An organisation was founded, by whom and where.

    >>> import aibrief as ab
    >>> ab.Founding(id="deepseek-founded", date=ab.PartialDate(2023, 7), organization="deepseek",
    ...             founders=["liang-wenfeng"], place=ab.Place(city="Hangzhou", country="CN"),
    ...             citations=[ab.Citation(source="mt", phrase="7월 항저우에 딥시크를 설립")]).involved
    ('deepseek', 'liang-wenfeng')
    """

    organization: str = attrs.field(validator=check_slug, metadata=ENTITY_REF)
    founders: tuple[str, ...] = attrs.field(default=(), converter=slug_tuple, metadata=ENTITY_REF)
    place: Place | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Place))
    )


@fact_kind("funding")
@attrs.frozen(kw_only=True)
class Funding(Fact):
    """Money raised by an organisation: investors, amount, round and valuation."""

    recipient: str = attrs.field(validator=check_slug, metadata=ENTITY_REF)
    investors: tuple[str, ...] = attrs.field(default=(), converter=slug_tuple, metadata=ENTITY_REF)
    amount: Amount | None = attrs.field(default=None, converter=numeric.optional_amount)
    stated_equivalent: Amount | None = attrs.field(default=None, converter=numeric.optional_amount)
    round: str | None = attrs.field(default=None, validator=check_optional_text)
    valuation: Amount | None = attrs.field(default=None, converter=numeric.optional_amount)


@fact_kind("assets_under_management")
@attrs.frozen(kw_only=True)
class AssetsUnderManagement(Fact):
    """The assets a fund managed as of ``date``: "100억위안(약 2조원)을 돌파"."""

    fund: str = attrs.field(validator=check_slug, metadata=ENTITY_REF)
    amount: Amount = attrs.field(converter=numeric.amount)
    stated_equivalent: Amount | None = attrs.field(default=None, converter=numeric.optional_amount)


@fact_kind("development_cost")
@attrs.frozen(kw_only=True)
class DevelopmentCost(Fact):
    """What developing a model cost, on which hardware, and compared with others' costs.

    ``model`` may be ``None`` when the source does not name the model.
    """

    model: str | None = attrs.field(
        default=None, validator=check_optional_slug, metadata=ENTITY_REF
    )
    developer: str | None = attrs.field(
        default=None, validator=check_optional_slug, metadata=ENTITY_REF
    )
    amount: Amount = attrs.field(converter=numeric.amount)
    stated_equivalent: Amount | None = attrs.field(default=None, converter=numeric.optional_amount)
    hardware: tuple[str, ...] = attrs.field(default=(), converter=slug_tuple, metadata=ENTITY_REF)
    comparisons: tuple[Comparison, ...] = attrs.field(
        default=(), converter=comparison_tuple, metadata=NESTED_REF
    )


@fact_kind("compensation_offer")
@attrs.frozen(kw_only=True)
class CompensationOffer(Fact):
    """Pay offered to a person: who offered it (for which organisation), to whom, how much."""

    offered_by: str = attrs.field(validator=check_slug, metadata=ENTITY_REF)
    on_behalf_of: str | None = attrs.field(
        default=None, validator=check_optional_slug, metadata=ENTITY_REF
    )
    offered_to: str = attrs.field(validator=check_slug, metadata=ENTITY_REF)
    amount: Amount = attrs.field(converter=numeric.amount)
    stated_equivalent: Amount | None = attrs.field(default=None, converter=numeric.optional_amount)
    period: PayPeriod | None = attrs.field(
        default=None, validator=one_of(get_args(PayPeriod), optional=True)
    )
    accepted: bool | None = attrs.field(default=None, validator=_optional_bool)


@fact_kind("price_setting")
@attrs.frozen(kw_only=True)
class PriceSetting(Fact):
    """A price set, cut or raised: ``price`` per ``per`` (e.g. 1 CNY per 1,000,000 tokens).

    ``comparisons`` give the new price as ratios of other models' prices ("라마3의 7분의 1").
    ``price`` may be ``None`` when the source says only that a price was cut.
    """

    model: str | None = attrs.field(
        default=None, validator=check_optional_slug, metadata=ENTITY_REF
    )
    organization: str | None = attrs.field(
        default=None, validator=check_optional_slug, metadata=ENTITY_REF
    )
    price: Amount | None = attrs.field(default=None, converter=numeric.optional_amount)
    per: Quantity[Any] | None = attrs.field(default=None, validator=_optional_quantity)
    stated_equivalent: Amount | None = attrs.field(default=None, converter=numeric.optional_amount)
    direction: PriceDirection = attrs.field(
        default="set", validator=one_of(get_args(PriceDirection))
    )
    comparisons: tuple[Comparison, ...] = attrs.field(
        default=(), converter=comparison_tuple, metadata=NESTED_REF
    )


@fact_kind("compute_holding")
@attrs.frozen(kw_only=True)
class ComputeHolding(Fact):
    """Hardware an organisation holds: "A100을 1만개 이상 비축" is ``Approx(10000, 'over')``."""

    organization: str = attrs.field(validator=check_slug, metadata=ENTITY_REF)
    hardware: str = attrs.field(validator=check_slug, metadata=ENTITY_REF)
    count: Number = attrs.field(converter=numeric.count)


@fact_kind("model_release")
@attrs.frozen(kw_only=True)
class ModelRelease(Fact):
    """A model was released, as open source or not."""

    model: str = attrs.field(validator=check_slug, metadata=ENTITY_REF)
    open_source: bool | None = attrs.field(default=None, validator=_optional_bool)
    license: str | None = attrs.field(default=None, validator=check_optional_text)


@fact_kind("market_move")
@attrs.frozen(kw_only=True)
class MarketMove(Fact):
    """A share price move on one trading day: "엔비디아 주가가 17% 폭락".

    ``percent_change`` is in percent (``Decimal('-17')``), exact or an :class:`Approx`
    ("10% 가까이" is ``Approx(Decimal('-10'), 'nearly')``); ``market_cap_change`` is the value
    gained or lost; ``related`` names the facts the source links the move to.
    """

    security: str = attrs.field(validator=check_slug, metadata=ENTITY_REF)
    exchange: str = attrs.field(validator=check_text)
    market: str | None = attrs.field(default=None, validator=check_optional_text)
    percent_change: Number = attrs.field(converter=numeric.percent)
    market_cap_change: Amount | None = attrs.field(default=None, converter=numeric.optional_amount)
    stated_equivalent: Amount | None = attrs.field(default=None, converter=numeric.optional_amount)
    context: str | None = attrs.field(default=None, validator=check_optional_text)
    related: tuple[str, ...] = attrs.field(default=(), converter=slug_tuple, metadata=FACT_REF)


@fact_kind("statistic")
@loads_older_pickles
@attrs.frozen(kw_only=True)
class Statistic(Fact):
    """A measured figure: metric, subject (a country or entity), period, value, rank, publisher.

    ``date`` is when the figure was published; ``period_start``/``period_end`` what it covers
    ("2018~2023년 발간된 AI 논문"), or only ``period_end`` for a stock "as of" a date.
    """

    metric: str = attrs.field(validator=check_text)
    value: Value = attrs.field(converter=to_value, validator=check_value)
    country: str | None = attrs.field(default=None, validator=check_country)
    subject: str | None = attrs.field(
        default=None, validator=check_optional_slug, metadata=ENTITY_REF
    )
    period_start: PartialDate | None = attrs.field(default=None, validator=check_optional_date)
    period_end: PartialDate | None = attrs.field(default=None, validator=check_optional_date)
    rank: int | None = attrs.field(default=None, validator=_optional_int)
    published_by: str | None = attrs.field(
        default=None, validator=check_optional_slug, metadata=ENTITY_REF
    )
    report: str | None = attrs.field(default=None, validator=check_optional_text)
    #: The metric in other languages: ``{"ko": "AI 연구 인력", "zh-Hans": "AI研究人员"}``.
    metric_in: Translations | None = attrs.field(default=None, converter=optional_translations)


@fact_kind("performance_comparison")
@attrs.frozen(kw_only=True)
class PerformanceComparison(Fact):
    """How a model performs against others: "챗GPT와 맞먹는 AI 모델" is ``'comparable'``."""

    model: str | None = attrs.field(
        default=None, validator=check_optional_slug, metadata=ENTITY_REF
    )
    compared_to: tuple[str, ...] = attrs.field(converter=slug_tuple, metadata=ENTITY_REF)
    relation: PerformanceRelation = attrs.field(validator=one_of(get_args(PerformanceRelation)))
    benchmark: str | None = attrs.field(default=None, validator=check_optional_text)
    score: Number | None = attrs.field(default=None, converter=optional_number_converter)


@fact_kind("app_ranking")
@attrs.frozen(kw_only=True)
class AppRanking(Fact):
    """An app's rank in an app store chart, e.g. first among free apps in the US App Store."""

    app: str = attrs.field(validator=check_slug, metadata=ENTITY_REF)
    store: str = attrs.field(validator=check_text)
    rank: int = attrs.field(validator=attrs.validators.instance_of(int))
    country: str | None = attrs.field(default=None, validator=check_country)
    chart: str | None = attrs.field(default=None, validator=check_optional_text)


@fact_kind("export_control")
@attrs.frozen(kw_only=True)
class ExportControl(Fact):
    """A government rule on exporting hardware to some countries."""

    authority: str = attrs.field(validator=check_slug, metadata=ENTITY_REF)
    hardware: tuple[str, ...] = attrs.field(default=(), converter=slug_tuple, metadata=ENTITY_REF)
    target_countries: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)
    action: ExportAction = attrs.field(default="restrict", validator=one_of(get_args(ExportAction)))

    @target_countries.validator
    def _check_countries(self, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
        for country in value:
            check_country(self, attribute, country)


@fact_kind("supply")
@loads_older_pickles
@attrs.frozen(kw_only=True)
class Supply(Fact):
    """One company supplies another: "엔비디아에 HBM을 공급하는 SK하이닉스"."""

    supplier: str = attrs.field(validator=check_slug, metadata=ENTITY_REF)
    customer: str = attrs.field(validator=check_slug, metadata=ENTITY_REF)
    product: str | None = attrs.field(default=None, validator=check_optional_text)
    #: The product in other languages: ``{"ko": "고대역폭메모리(HBM)"}``.
    product_in: Translations | None = attrs.field(default=None, converter=optional_translations)


@fact_kind("stated_age")
@attrs.frozen(kw_only=True)
class StatedAge(Fact):
    """A person's age as the source states it on ``date``: "량원펑(梁文鋒·40)"."""

    person: str = attrs.field(validator=check_slug, metadata=ENTITY_REF)
    age: int = attrs.field(validator=attrs.validators.instance_of(int))


@fact_kind("access_policy_change")
@attrs.frozen(kw_only=True)
class AccessPolicyChange(Fact):
    """An organisation moved its models from one access policy to another (open to closed)."""

    organization: str = attrs.field(validator=check_slug, metadata=ENTITY_REF)
    before: ModelAccess = attrs.field(validator=one_of(get_args(ModelAccess)))
    after: ModelAccess = attrs.field(validator=one_of(get_args(ModelAccess)))


@fact_kind("quote")
@attrs.frozen(kw_only=True)
class Quote(Fact):
    """Words a person said, verbatim, and where (an interview with a media outlet)."""

    speaker: str = attrs.field(validator=check_slug, metadata=ENTITY_REF)
    text: str = attrs.field(validator=check_text)
    language: str | None = attrs.field(default=None, validator=check_language)
    venue: str | None = attrs.field(
        default=None, validator=check_optional_slug, metadata=ENTITY_REF
    )


@fact_kind("milestone")
@loads_older_pickles
@attrs.frozen(kw_only=True)
class Milestone(Fact):
    """Anything else that happened, described in words (entities go in ``entities``)."""

    description: str = attrs.field(validator=check_text)
    #: The description in other languages, so a Korean or Chinese tour need not show English.
    description_in: Translations | None = attrs.field(default=None, converter=optional_translations)
