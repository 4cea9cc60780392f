"""The entities of the AI industry: organisations, people, AI models and hardware."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, Final, Literal, TypeVar, get_args

import attrs

from aibrief._core.registry import Registry
from aibrief._dates.partial_date import PartialDate
from aibrief._models.ids import (
    ENTITY_REF,
    NESTED_REF,
    check_country,
    check_optional_date,
    check_optional_slug,
    check_optional_text,
    check_slug,
    check_text,
    items_of,
    one_of,
    to_tuple,
)
from aibrief._models.names import Names, Translations, optional_translations
from aibrief._models.pickles import loads_older_pickles
from aibrief.errors import InvalidFieldError

__all__ = [
    "ENTITY_TYPES",
    "AIModel",
    "Degree",
    "Education",
    "Entity",
    "Hardware",
    "HardwareKind",
    "ModelKind",
    "Organization",
    "OrganizationKind",
    "Person",
    "Place",
    "Role",
    "StockListing",
    "entity_type",
]

#: What an organisation is.
OrganizationKind = Literal[
    "startup",
    "company",
    "big_tech",
    "hedge_fund",
    "investment_firm",
    "chipmaker",
    "university",
    "research_institute",
    "media",
    "government_agency",
    "nonprofit",
    "stock_exchange",
]
#: What an AI model is: a general LLM, a reasoning model, a chatbot product, ...
ModelKind = Literal[
    "llm", "reasoning", "multimodal", "chatbot", "image", "video", "speech", "other"
]
#: What a piece of hardware is.
HardwareKind = Literal["gpu", "ai_accelerator", "memory", "cpu", "other"]
#: An academic degree.
Degree = Literal["bachelor", "master", "doctorate", "diploma", "other"]

E = TypeVar("E", bound=type)

_EXCHANGE: Final = re.compile(r"[A-Z][A-Z0-9]{1,9}", re.ASCII)
_TICKER: Final = re.compile(r"[A-Z0-9][A-Z0-9.\-]{0,11}", re.ASCII)


def _to_names(value: Names | Mapping[str, str]) -> Names:
    return value if type(value) is Names else Names(value)  # type: ignore[arg-type]


@attrs.frozen(kw_only=True)
class Entity:
    """The base of every entity: a stable id and names in several languages.

    Subclass it and register the subclass with :func:`aibrief.entity_type` to add a type.

    >>> import aibrief as ab
    >>> issubclass(ab.Organization, ab.Entity)
    True
    """

    entity_type: ClassVar[str] = "entity"

    id: str = attrs.field(validator=check_slug)
    names: Names = attrs.field(converter=_to_names)


ENTITY_TYPES: Final[Registry[Entity]] = Registry(
    Entity, what="entity type", attribute="entity_type", decorator="aibrief.entity_type"
)


def entity_type(tag: str) -> Callable[[E], E]:
    """Register an :class:`Entity` subclass under a type tag (the JSON ``type``).

    Put it above ``@attrs.frozen``; the tag becomes the class's ``entity_type``.

    >>> import attrs, aibrief as ab
    >>> @ab.entity_type("product")
    ... @attrs.frozen(kw_only=True)
    ... class Product(ab.Entity):
    ...     maker: str | None = None
    >>> Product.entity_type
    'product'
    """
    return ENTITY_TYPES.decorator(tag)


@loads_older_pickles
@attrs.frozen(kw_only=True)
class Place:
    """A place: a city, a region (province, state) and an ISO 3166 country code.

    >>> import aibrief as ab
    >>> ab.Place(city="Zhanjiang", region="Guangdong", country="CN").country
    'CN'
    """

    city: str | None = attrs.field(default=None, validator=check_optional_text)
    region: str | None = attrs.field(default=None, validator=check_optional_text)
    country: str | None = attrs.field(default=None, validator=check_country)
    #: The city in other languages: ``{"ko": "항저우", "zh-Hans": "杭州"}``.
    city_in: Translations | None = attrs.field(default=None, converter=optional_translations)


@attrs.frozen
class StockListing:
    """A listing of shares: the exchange and the ticker there, e.g. ``NASDAQ:NVDA``.

    >>> import aibrief as ab
    >>> ab.StockListing.parse("KRX:000660")
    StockListing(exchange='KRX', ticker='000660')
    >>> str(ab.StockListing("NASDAQ", "NVDA"))
    'NASDAQ:NVDA'
    """

    exchange: str = attrs.field()
    ticker: str = attrs.field()

    @exchange.validator
    def _check_exchange(self, attribute: attrs.Attribute[Any], value: object) -> None:
        if not (isinstance(value, str) and _EXCHANGE.fullmatch(value)):
            raise InvalidFieldError(
                f"exchange {value!r} is not an exchange code; expected upper-case letters "
                "such as 'NASDAQ', 'NYSE' or 'KRX'"
            )

    @ticker.validator
    def _check_ticker(self, attribute: attrs.Attribute[Any], value: object) -> None:
        if not (isinstance(value, str) and _TICKER.fullmatch(value)):
            raise InvalidFieldError(
                f"ticker {value!r} is not a ticker; expected upper-case letters or digits "
                "such as 'NVDA' or '000660'"
            )

    @classmethod
    def parse(cls, text: str) -> StockListing:
        """Read ``"EXCHANGE:TICKER"``."""
        exchange, colon, ticker = text.partition(":")
        if not colon:
            raise InvalidFieldError(
                f"{text!r} is not a listing; expected 'EXCHANGE:TICKER' like 'NASDAQ:NVDA'"
            )
        return cls(exchange, ticker)

    def __str__(self) -> str:
        return f"{self.exchange}:{self.ticker}"


@entity_type("organization")
@attrs.frozen(kw_only=True)
class Organization(Entity):
    """A company, fund, university, agency or media outlet.

    >>> import aibrief as ab
    >>> nvidia = ab.Organization(
    ...     id="nvidia", names={"en": "Nvidia", "ko": "엔비디아"}, kind="chipmaker",
    ...     headquarters=ab.Place(city="Santa Clara", country="US"),
    ...     listings=[ab.StockListing.parse("NASDAQ:NVDA")],
    ... )
    >>> nvidia.names.name_in("ko"), str(nvidia.listings[0])
    ('엔비디아', 'NASDAQ:NVDA')
    """

    kind: OrganizationKind = attrs.field(validator=one_of(get_args(OrganizationKind)))
    founded: PartialDate | None = attrs.field(default=None, validator=check_optional_date)
    headquarters: Place | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Place))
    )
    listings: tuple[StockListing, ...] = attrs.field(
        default=(), converter=to_tuple, validator=items_of(StockListing)
    )
    parent: str | None = attrs.field(
        default=None, validator=check_optional_slug, metadata=ENTITY_REF
    )


@attrs.frozen(kw_only=True)
class Education:
    """A period of study: institution (an entity id), degree, field, start and end.

    >>> import aibrief as ab
    >>> ab.Education(institution="zhejiang-university", degree="master",
    ...              field="information and communication engineering",
    ...              start=ab.PartialDate(2007), end=ab.PartialDate(2010)).end
    PartialDate(2010)
    """

    institution: str = attrs.field(validator=check_slug, metadata=ENTITY_REF)
    degree: Degree | None = attrs.field(
        default=None, validator=one_of(get_args(Degree), optional=True)
    )
    field: str | None = attrs.field(default=None, validator=check_optional_text)
    start: PartialDate | None = attrs.field(default=None, validator=check_optional_date)
    end: PartialDate | None = attrs.field(default=None, validator=check_optional_date)
    thesis: str | None = attrs.field(default=None, validator=check_optional_text)


@attrs.frozen(kw_only=True)
class Role:
    """A position held: organisation (an entity id, or None for an informal team), title, dates.

    >>> import aibrief as ab
    >>> ab.Role(organization="xiaomi", title="chairman").title
    'chairman'
    """

    organization: str | None = attrs.field(validator=check_optional_slug, metadata=ENTITY_REF)
    title: str = attrs.field(validator=check_text)
    start: PartialDate | None = attrs.field(default=None, validator=check_optional_date)
    end: PartialDate | None = attrs.field(default=None, validator=check_optional_date)


@entity_type("person")
@attrs.frozen(kw_only=True)
class Person(Entity):
    """A person: birth, birthplace, nationality, education and roles.

    >>> import aibrief as ab
    >>> liang = ab.Person(
    ...     id="liang-wenfeng", names={"ko": "량원펑", "zh-Hant": "梁文鋒", "en": "Liang Wenfeng"},
    ...     born=ab.PartialDate(1985), birthplace=ab.Place(city="Zhanjiang", country="CN"),
    ...     roles=[ab.Role(organization="deepseek", title="founder", start=ab.PartialDate(2023, 7))],
    ... )
    >>> liang.roles[0].organization
    'deepseek'
    """

    born: PartialDate | None = attrs.field(default=None, validator=check_optional_date)
    birthplace: Place | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Place))
    )
    nationality: str | None = attrs.field(default=None, validator=check_country)
    education: tuple[Education, ...] = attrs.field(
        default=(), converter=to_tuple, validator=items_of(Education), metadata=NESTED_REF
    )
    roles: tuple[Role, ...] = attrs.field(
        default=(), converter=to_tuple, validator=items_of(Role), metadata=NESTED_REF
    )


@entity_type("ai_model")
@attrs.frozen(kw_only=True)
class AIModel(Entity):
    """An AI model or AI product: developer, release date, open weights and licence, kind.

    >>> import aibrief as ab
    >>> r1 = ab.AIModel(id="deepseek-r1", names={"en": "DeepSeek-R1", "ko": "딥시크-R1"},
    ...                 developer="deepseek", released=ab.PartialDate(2025, 1, 20),
    ...                 kind="reasoning", open_weights=True, license="MIT")
    >>> r1.open_weights
    True
    """

    developer: str | None = attrs.field(
        default=None, validator=check_optional_slug, metadata=ENTITY_REF
    )
    released: PartialDate | None = attrs.field(default=None, validator=check_optional_date)
    kind: ModelKind | None = attrs.field(
        default=None, validator=one_of(get_args(ModelKind), optional=True)
    )
    open_weights: bool | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(bool))
    )
    license: str | None = attrs.field(default=None, validator=check_optional_text)


@entity_type("hardware")
@attrs.frozen(kw_only=True)
class Hardware(Entity):
    """A chip or other hardware; ``variant_of`` and ``reduced`` say the H800 is a cut-down H100.

    >>> import aibrief as ab
    >>> h800 = ab.Hardware(id="nvidia-h800", names={"en": "H800"}, vendor="nvidia",
    ...                    kind="gpu", variant_of="nvidia-h100", reduced=True)
    >>> h800.variant_of
    'nvidia-h100'
    """

    vendor: str | None = attrs.field(
        default=None, validator=check_optional_slug, metadata=ENTITY_REF
    )
    kind: HardwareKind | None = attrs.field(
        default=None, validator=one_of(get_args(HardwareKind), optional=True)
    )
    variant_of: str | None = attrs.field(
        default=None, validator=check_optional_slug, metadata=ENTITY_REF
    )
    reduced: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
