"""What the claim checks read out of a brief: figures, citations, dates, names and rates.

Shared by the checks of equivalences (:mod:`aibrief._claims.equivalence`), ratios
(:mod:`aibrief._claims.ratios`) and rankings (:mod:`aibrief._claims.ranking`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from aibrief._brief.naming import display_name
from aibrief._dates.partial_date import PartialDate
from aibrief._money.money import Money
from aibrief._quantities.approx import Approx
from aibrief.errors import FieldTypeError, RateUnavailableError
from aibrief.rates.periods import published_quotes

if TYPE_CHECKING:
    from aibrief._brief.brief import Brief
    from aibrief._claims.text import Label
    from aibrief._models.facts import Fact
    from aibrief._models.provenance import Citation
    from aibrief.rates.sources import RateQuote, RateSource

__all__ = [
    "amount_of",
    "citation",
    "label",
    "names",
    "point",
    "published",
    "quotes",
    "record",
    "subject",
]

# Fields that hold the amount a stated equivalence or a ratio is about, in order of preference.
_AMOUNT_FIELDS: Final = ("amount", "price", "market_cap_change", "amount_raised", "value")


def amount_of(fact: Fact) -> Any:
    """The amount of money a fact states (its amount, price, change of market value, money
    raised, or a result's value), or ``None``."""
    for name in _AMOUNT_FIELDS:
        value = getattr(fact, name, None)
        if value is not None:
            inner = value.value if isinstance(value, Approx) else value
            return value if isinstance(inner, Money) else None
    return None


def point(figure: object) -> Money:
    """The Money of a figure, exact or approximate."""
    point = figure.value if isinstance(figure, Approx) else figure
    if not isinstance(point, Money):
        raise FieldTypeError(f"{figure!r} is not an amount of money")
    return point


def subject(fact: Fact) -> str:
    """The first entity a fact involves, else the fact's id."""
    involved = fact.involved
    return involved[0] if involved else fact.id


def citation(fact: Fact, wanted: Any) -> Citation:
    """The first citation of ``fact`` that ``wanted`` accepts, else its first."""
    return next((c for c in fact.citations if wanted(c)), fact.citations[0])


def record(brief: Brief, id: str) -> object:
    """The record of ``brief`` with this id, or ``None``."""
    return brief.find(id)


def published(brief: Brief, cited: Citation) -> PartialDate | None:
    """The publication date of the source a citation names, if the brief has it."""
    date = getattr(record(brief, cited.source), "published", None)
    return date if isinstance(date, PartialDate) else None


def names(brief: Brief, entity: str) -> tuple[str, ...]:
    """An entity's id and every name the brief gives it."""
    found = getattr(record(brief, entity), "names", None)
    return (entity,) if found is None else (entity, *found.all())


def label(brief: Brief, id: str) -> Label:
    """The English, Korean and Chinese names of an entity or a country code, else the id."""
    return (
        display_name(brief, id, "en"),
        display_name(brief, id, "ko"),
        display_name(brief, id, "zh"),
    )


def quotes(rates: RateSource, base: str, target: str, on: PartialDate) -> list[RateQuote]:
    """The quotes of every published day of ``on``, latest first (a day: its own or the last)."""
    if on.precision == "day":
        return [rates.rate(base, target, on.start, missing="previous")]
    try:
        return published_quotes(rates, base, target, on.start, on.end)
    except RateUnavailableError:
        message = f"no {base} to {target} rate was published within {on}"
        raise RateUnavailableError(message, source_currency=base, target_currency=target) from None
