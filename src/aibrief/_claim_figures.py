"""What the claim checks read out of a brief: figures, citations, dates, names and rates.

Shared by the checks of equivalences (:mod:`aibrief._claim_equivalence`), ratios
(:mod:`aibrief._claim_ratios`) and rankings (:mod:`aibrief._claim_ranking`).
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, Final

from aibrief._approx import Approx
from aibrief._money import Money
from aibrief._partial_date import PartialDate
from aibrief.errors import FieldTypeError, RateUnavailableError

if TYPE_CHECKING:
    from aibrief._brief import Brief
    from aibrief._claim_text import Label
    from aibrief._facts import Fact
    from aibrief._names import Names
    from aibrief._provenance import Citation
    from aibrief._rate_sources import RateQuote, RateSource

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
_AMOUNT_FIELDS: Final = ("amount", "price", "market_cap_change")
_ONE_DAY: Final = datetime.timedelta(days=1)


def amount_of(fact: Fact) -> Any:
    """The amount a fact states (its amount, price or change of market value), or ``None``."""
    for name in _AMOUNT_FIELDS:
        value = getattr(fact, name, None)
        if value is not None:
            return value
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
    from aibrief.errors import UnknownIdError

    try:
        return brief.get(id)
    except UnknownIdError:
        return None


def published(brief: Brief, cited: Citation) -> PartialDate | None:
    """The publication date of the source a citation names, if the brief has it."""
    date = getattr(record(brief, cited.source), "published", None)
    return date if isinstance(date, PartialDate) else None


def names(brief: Brief, entity: str) -> tuple[str, ...]:
    """An entity's id and every name the brief gives it."""
    found = getattr(record(brief, entity), "names", None)
    return (entity,) if found is None else (entity, *found.all())


def label(brief: Brief, id: str) -> Label:
    """The English, Korean and Chinese names of an entity or a country code, else the id.

    A name missing in Korean or Chinese is shown in English, as the brief gives it.
    """
    found = getattr(record(brief, id), "names", None)
    if found is not None:
        english = found["en"] if "en" in found.languages else found.all()[0]
        korean = found["ko"] if "ko" in found.languages else english
        return english, korean, _chinese(found, english)
    if len(id) == 2 and id.isupper():
        from babel import Locale

        english, korean, chinese = (
            Locale(lang).territories.get(id, id) for lang in ("en", "ko", "zh")
        )
        return english, korean, chinese
    return id, id, id


def quotes(rates: RateSource, base: str, target: str, on: PartialDate) -> list[RateQuote]:
    """The quotes of every published day of ``on``, latest first (a day: its own or the last)."""
    if on.precision == "day":
        return [rates.rate(base, target, on.start, missing="previous")]
    found: list[RateQuote] = []
    day = on.end
    while day >= on.start:
        try:
            quote = rates.rate(base, target, day, missing="previous")
        except RateUnavailableError:
            day -= _ONE_DAY
            continue
        if quote.rate_date < on.start:
            break
        found.append(quote)
        day = quote.rate_date - _ONE_DAY
    if not found:
        message = f"no {base} to {target} rate was published within {on}"
        raise RateUnavailableError(message, source_currency=base, target_currency=target)
    return found


def _chinese(names: Names, otherwise: str) -> str:
    """The Chinese name (``"zh"`` finds ``zh-Hans``, then ``zh``), else ``otherwise``."""
    from aibrief.errors import NameNotFoundError

    try:
        return names.name_in("zh")
    except NameNotFoundError:
        return otherwise
