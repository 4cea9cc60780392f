"""The base of every fact, the registry of fact kinds, and the checks of amounts and ratios.

A fact is dated (as precisely as the source knows), names the entities it involves and cites
at least one source. Concrete kinds live in :mod:`aibrief._models.events`; users add their own by
subclassing :class:`Fact` and registering the subclass with :func:`fact_kind`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar, Union, cast

import attrs

from aibrief._core.decimal import to_decimal
from aibrief._core.registry import Registry
from aibrief._core.types import is_quantity
from aibrief._dates.partial_date import PartialDate
from aibrief._models.ids import (
    ENTITY_REF,
    NESTED_REF,
    check_optional_date,
    check_slug,
    references,
    slug_tuple,
    to_tuple,
)
from aibrief._models.numeric import read_parsed
from aibrief._models.provenance import Citation
from aibrief._money.money import Money
from aibrief._quantities.approx import Approx
from aibrief._reading.mentions import ParsedAmount
from aibrief.errors import AmountTypeError, FieldTypeError, InvalidFieldError

if TYPE_CHECKING:
    from pint import Quantity

__all__ = [
    "FACT_KINDS",
    "Amount",
    "Comparison",
    "Fact",
    "Number",
    "Value",
    "check_value",
    "comparison_tuple",
    "fact_kind",
    "fact_kinds",
    "to_number",
    "to_ratio",
    "to_value",
]

if TYPE_CHECKING:
    #: An amount of money, exact (:class:`Money`) or approximate (an :class:`Approx` of Money).
    Amount = Money | Approx[Money]
    #: A plain number (a count, a percentage), exact or approximate.
    Number = Decimal | Approx[Decimal]
    #: Any measured value: a number, money, a pint quantity, or an approximation of one of them.
    Value = Decimal | Money | Quantity[Any] | Approx[Any]
else:
    # Runtime aliases with bare classes, which attrs and cattrs resolve (pint stays unloaded).
    Amount = Union[Money, Approx]  # noqa: UP007
    Number = Union[Decimal, Approx]  # noqa: UP007
    Value = Union[Decimal, Money, "Quantity", Approx]

F = TypeVar("F", bound=type)


def _citations(value: Iterable[Citation], fact: Fact) -> tuple[Citation, ...]:
    # Converts and checks in one call (fact construction is a hot path); id is already set.
    result = value if type(value) is tuple else to_tuple(value)
    if not result:
        raise InvalidFieldError(
            f"fact {fact.id!r} has no citation; every fact needs at least one "
            "ab.Citation(source=..., phrase=...) quoting the words that state it"
        )
    for item in result:
        if type(item) is not Citation:
            raise FieldTypeError(f"citations holds {item!r}; expected ab.Citation(...) items")
    return result


if TYPE_CHECKING:
    # mypy's attrs plugin reads converters that are plain functions only.
    def _citation_converter(value: Iterable[Citation]) -> tuple[Citation, ...]: ...

else:
    _citation_converter = attrs.Converter(_citations, takes_self=True)


@attrs.frozen(kw_only=True)
class Fact:
    """The base of every fact: an id, a date, the entities involved and the citations.

    ``date`` is a :class:`PartialDate` (``None`` only when the source gives no date at all);
    ``entities`` lists entities involved beyond those the kind's own fields name;
    ``citations`` holds at least one :class:`Citation`.

    >>> import aibrief as ab
    >>> release = ab.ModelRelease(
    ...     id="deepseek-r1-release", date=ab.PartialDate(2025, 1, 20), model="deepseek-r1",
    ...     open_source=True,
    ...     citations=[ab.Citation(source="mt", phrase="'딥시크-R1'을 오픈소스로 공개")],
    ... )
    >>> release.kind, release.involved
    ('model_release', ('deepseek-r1',))
    """

    kind: ClassVar[str] = "fact"

    id: str = attrs.field(validator=check_slug)
    date: PartialDate | None = attrs.field(default=None, validator=check_optional_date)
    entities: tuple[str, ...] = attrs.field(default=(), converter=slug_tuple, metadata=ENTITY_REF)
    citations: tuple[Citation, ...] = attrs.field(
        metadata=NESTED_REF,
        converter=_citation_converter,
    )

    @property
    def involved(self) -> tuple[str, ...]:
        """The ids of every entity the fact involves, in field order, without repeats."""
        return tuple(
            dict.fromkeys(ref for kind, ref, _ in references(self, "") if kind == "entity")
        )

    def related_facts(self) -> Iterator[str]:
        """The ids of the other facts this fact refers to."""
        return (ref for kind, ref, _ in references(self, "") if kind == "fact")


FACT_KINDS: Final[Registry[Fact]] = Registry(
    Fact, what="fact kind", attribute="kind", decorator="aibrief.fact_kind"
)


def fact_kind(tag: str) -> Callable[[F], F]:
    """Register a :class:`Fact` subclass under a kind tag (the JSON ``kind``).

    Put it above ``@attrs.frozen``. Serialisation, the JSON Schema and tables pick the new
    kind up by its tag; mark fields holding entity ids with ``metadata=ab.ENTITY_REF`` so
    :meth:`Brief.validate` checks them.

    >>> import attrs, aibrief as ab
    >>> @ab.fact_kind("partnership")
    ... @attrs.frozen(kw_only=True)
    ... class Partnership(ab.Fact):
    ...     partners: tuple[str, ...] = attrs.field(converter=tuple, metadata=ab.ENTITY_REF)
    >>> deal = Partnership(id="deal", partners=["openai", "microsoft"],
    ...                    citations=[ab.Citation(source="s", phrase="파트너십")])
    >>> deal.kind, deal.involved
    ('partnership', ('openai', 'microsoft'))
    """
    return FACT_KINDS.decorator(tag)


def fact_kinds() -> dict[str, type[Fact]]:
    """Every registered fact kind: tag to class, in registration order.

    >>> import aibrief as ab
    >>> ab.fact_kinds()["market_move"]
    <class 'aibrief._models.events.MarketMove'>
    """
    return FACT_KINDS.classes()


def to_ratio(value: Fraction | Decimal | int | str) -> Fraction:
    """attrs converter: an exact ratio from ``"1/7"``, ``"0.056"``, an int, Decimal or Fraction."""
    if type(value) is Fraction:
        return value
    if isinstance(value, float | bool):
        raise AmountTypeError(
            f"ratio {value!r} is a {type(value).__name__}; pass an exact ratio such as '1/7' "
            "or '0.056'",
            value=value,
        )
    if isinstance(value, str | int | Decimal | Fraction):
        try:
            return Fraction(value)
        except (ValueError, ZeroDivisionError):
            pass
    raise InvalidFieldError(
        f"ratio {value!r} is not a ratio; expected text such as '1/7' or '0.056'"
    )


@attrs.frozen
class Comparison:
    """A ratio to another entity's figure: ``ratio`` is this figure divided by theirs.

    "1/7 of Llama 3's price" is ``Comparison("llama-3", Fraction(1, 7))``; "5.6% of ChatGPT's
    development cost" is ``Comparison("chatgpt", "0.056")``. Ratios are exact fractions.

    >>> import aibrief as ab
    >>> ab.Comparison("llama-3", "1/7")
    Comparison(to='llama-3', ratio=Fraction(1, 7))
    """

    to: str = attrs.field(validator=check_slug, metadata=ENTITY_REF)
    ratio: Fraction = attrs.field(converter=to_ratio)


def _comparisons(
    value: Iterable[Comparison], field: attrs.Attribute[Any]
) -> tuple[Comparison, ...]:
    # Converts and checks in one call, as _citations does: a field that needs no validator.
    result = value if type(value) is tuple else to_tuple(value)
    for index, item in enumerate(result):
        if type(item) is not Comparison:
            raise FieldTypeError(
                f"{field.name}[{index}] {item!r} is not a Comparison; build it with "
                "ab.Comparison(...)"
            )
    return result


def _number(value: Number | int | str, field: attrs.Attribute[Any]) -> Number:
    # Converts and checks in one call (fact construction is a hot path), so a number field
    # needs no validator of its own.
    if type(value) is Decimal:
        return value
    if type(value) is Approx:
        if type(value.value) is Decimal:
            return value
        raise FieldTypeError(
            f"{field.name} {value!r} is not a number; pass a Decimal, an int, a numeric string "
            "or ab.Approx(Decimal(...), 'about')"
        )
    return to_decimal(value, name=field.name)


def _optional_number(
    value: Number | int | str | None, field: attrs.Attribute[Any]
) -> Number | None:
    return None if value is None else _number(value, field)


if TYPE_CHECKING:
    # mypy's attrs plugin reads converters that are plain functions only.
    def to_number(value: Number | int | str) -> Number:
        """attrs converter: ints and numeric strings become Decimals; an Approx of a Decimal
        passes through; anything else is refused."""

    def optional_number_converter(value: Number | int | str | None) -> Number | None:
        """attrs converter: like :func:`to_number`, letting ``None`` through."""

    def comparison_tuple(value: Iterable[Comparison]) -> tuple[Comparison, ...]:
        """attrs converter: a list or tuple of :class:`Comparison` becomes a checked tuple."""

else:
    to_number = attrs.Converter(_number, takes_field=True)
    optional_number_converter = attrs.Converter(_optional_number, takes_field=True)
    comparison_tuple = attrs.Converter(_comparisons, takes_field=True)


def to_value(value: Value | ParsedAmount | int | str) -> Value:
    """attrs converter: ints and numeric strings become Decimals; Money, quantities and
    Approx pass through, and so does what the reader read, typed (:func:`check_value` checks
    the rest)."""
    if type(value) is Decimal or type(value) is Money or type(value) is Approx:
        return value
    if type(value) is ParsedAmount:
        return cast("Value", read_parsed(value))
    if is_quantity(value):
        return cast("Value", value)
    return to_decimal(value, name="value")


def check_value(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """attrs validator: a Decimal, Money, a pint quantity or an Approx of one of them."""
    if type(value) in (Decimal, Money, Approx) or is_quantity(value):
        return
    raise FieldTypeError(
        f"{attribute.name} {value!r} is not a value; pass a Decimal, ab.Money, ab.Q_(...) "
        "or an ab.Approx of one of them"
    )
