"""Checks of stated ratios: "5.6% of ChatGPT's cost", "1/7 of Llama 3's price".

A ratio infers the other entity's figure (part / ratio); it is compared with a figure the
brief holds for that entity in a fact of the same kind, converted at the reference rate when
its currency differs, else the check is "unverifiable". The tolerance adds the rounding of the
ratio as written (:func:`ratio_tolerance`) and the 2% of a qualified figure
(:mod:`aibrief._claims.tolerance`).

``phrase_agrees`` compares the ratio with the one the cited phrase states, read with
:func:`aibrief.find_amounts`: a fraction ("7분의 1", "七分之一") or a percent ("5.6%").
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, TypedDict

from aibrief._claims import text
from aibrief._claims.check import INFERRED_CURRENCY, ClaimCheck
from aibrief._claims.figures import amount_of, citation, label, names, point, published, quotes
from aibrief._claims.tolerance import Tolerance, tolerance_from, why
from aibrief._core.decimal import DIVISION, EXACT
from aibrief._money.money import Money
from aibrief._quantities.approx import Approx
from aibrief._quantities.precision import half_unit, rounding_tolerance
from aibrief._reading.mentions import ParsedAmount
from aibrief._reading.parsing import find_amounts
from aibrief.errors import RateUnavailableError

if TYPE_CHECKING:
    from aibrief._brief.brief import Brief
    from aibrief._claims.check import Verdict
    from aibrief._dates.partial_date import PartialDate
    from aibrief._models.facts import Comparison, Fact
    from aibrief._reading.mentions import ParsedAmount
    from aibrief.rates.sources import RateQuote, RateSource

__all__ = ["ratio_checks", "ratio_claim_tolerance", "ratio_tolerance", "stated_ratio"]


class _Figures(TypedDict):
    """The figures of a ratio check, which its explanation shows too."""

    stated: Fraction
    implied: Money
    unit: str | None
    converted: Money | None
    reference: Money | None
    deviation: Decimal | None
    tolerance: Decimal


def ratio_checks(brief: Brief, fact: Fact, rates: RateSource) -> Iterator[ClaimCheck]:
    """The checks of every ratio ``fact`` states to another entity's figure."""
    amount = amount_of(fact)
    if amount is None:
        return
    for comparison in getattr(fact, "comparisons", ()):
        yield _ratio(brief, fact, amount, comparison, rates)


def ratio_tolerance(ratio: Fraction) -> Decimal:
    """The largest relative error of an inferred figure from rounding the ratio as written.

    The inferred figure is off by ``true ratio / stated ratio - 1``: for a decimal ratio
    ("5.6%") at most its half-unit relative to it; for "1/7" or "1/70" (only the denominator
    rounded) the :func:`~aibrief._quantities.precision.rounding_tolerance` of the denominator; otherwise
    both combined.

    >>> from fractions import Fraction
    >>> ratio_tolerance(Fraction(7, 125))  # 5.6%: 0.05% of 5.6%
    Decimal('0.008928571428571428571428571428571429')
    >>> ratio_tolerance(Fraction(1, 7))  # 1/7: 7 stands for 6.5 to 7.5
    Decimal('0.07692307692307692307692307692307692')
    """
    denominator = ratio.denominator
    for prime in (2, 5):
        while denominator % prime == 0:
            denominator //= prime
    if denominator == 1:  # a terminating decimal such as 0.056
        decimal = DIVISION.divide(ratio.numerator, ratio.denominator)
        return DIVISION.divide(half_unit(decimal), decimal.copy_abs())
    below = rounding_tolerance(Decimal(ratio.denominator))
    if ratio.numerator == 1:  # "7분의 1"
        return below
    numerator = Decimal(ratio.numerator)
    above = DIVISION.divide(half_unit(numerator), numerator.copy_abs())
    return EXACT.subtract(EXACT.multiply(EXACT.add(1, above), EXACT.add(1, below)), 1)


def _ratio(
    brief: Brief, fact: Fact, amount: Any, comparison: Comparison, rates: RateSource
) -> ClaimCheck:
    """The check of one ratio: the figure it implies for ``comparison.to``, against the brief's."""
    known = names(brief, comparison.to)
    cited = citation(fact, lambda c: any(name in c.phrase for name in known))
    on = fact.date or published(brief, cited)
    figures, quote = _figures(brief, fact, amount, comparison, on=on, rates=rates)
    reason = why(ratio_claim_tolerance(comparison.ratio, amount))
    words = text.ratio(
        part=point(amount),
        entity=label(brief, comparison.to),
        quote=quote,
        why=reason,
        per=getattr(fact, "per", None),
        **figures,
    )
    return ClaimCheck(
        fact=fact.id,
        kind="ratio",
        subject=comparison.to,
        phrase=cited.phrase,
        source=cited.source,
        verdict=_verdict(figures["deviation"], figures["tolerance"]),
        on=on,
        reference_date=None if quote is None else quote.rate_date,
        rate_source=None if quote is None else quote.source,
        phrase_agrees=_phrase_agrees(cited.phrase, comparison.ratio),
        **words,
        **figures,
    )


def _figures(
    brief: Brief,
    fact: Fact,
    amount: Any,
    comparison: Comparison,
    *,
    on: PartialDate | None,
    rates: RateSource,
) -> tuple[_Figures, RateQuote | None]:
    """What a ratio implies for the other entity, in dollars too, and the brief's own figure.

    Also the quote that converted the implied figure to dollars, if one did.
    """
    part, ratio = point(amount), comparison.ratio
    implied = _implied(part, ratio)
    converted, quote = _converted(implied, on, rates)
    reference = _reference(
        brief, fact, entity=comparison.to, currency=part.currency, on=on, rates=rates
    )
    figures = _Figures(
        stated=ratio,
        implied=implied,
        unit=_unit(fact),
        converted=converted,
        reference=reference,
        deviation=None if reference is None else _deviation(part, ratio, reference),
        tolerance=ratio_claim_tolerance(ratio, amount).relative,
    )
    return figures, quote


def ratio_claim_tolerance(ratio: Fraction, amount: object) -> Tolerance:
    """The tolerance of a ratio check: the ratio's rounding as written, plus 2% for a part
    qualified as approximate."""
    qualifier = amount.qualifier if isinstance(amount, Approx) else "exact"
    return tolerance_from(ratio_tolerance(ratio), qualifier=qualifier, rounded="ratio")


def _implied(part: Money, ratio: Fraction) -> Money:
    """The whole that ``part`` is ``ratio`` of: ``part * denominator / numerator``."""
    whole = DIVISION.divide(EXACT.multiply(part.amount, ratio.denominator), ratio.numerator)
    return Money._trusted(whole, part.currency)


def _deviation(part: Money, ratio: Fraction, reference: Money) -> Decimal:
    """``implied / reference - 1``, with a single division.

    For a ratio p/q that is ``(part * q - reference * p) / (reference * p)``.
    """
    scaled = EXACT.multiply(reference.amount, ratio.numerator)
    excess = EXACT.subtract(EXACT.multiply(part.amount, ratio.denominator), scaled)
    return DIVISION.divide(excess, scaled)


def _verdict(deviation: Decimal | None, tolerance: Decimal) -> Verdict:
    """Consistent within the tolerance; unverifiable without a figure to compare with."""
    if deviation is None:
        return "unverifiable"
    return "consistent" if deviation.copy_abs() <= tolerance else "inconsistent"


def _unit(fact: Fact) -> str | None:
    """What a price is per ("per 1,000,000 token"), or ``None`` for a figure that is not."""
    per = getattr(fact, "per", None)
    return None if per is None else f"per {text.quantity(per)}"


def _phrase_agrees(phrase: str, ratio: Fraction) -> bool | None:
    """Whether the first ratio ``phrase`` states is exactly ``ratio``; None if it states none.

    >>> from fractions import Fraction
    >>> _phrase_agrees("'라마3'의 7분의 1", Fraction(1, 7)), _phrase_agrees("5.6%", Fraction(1, 7))
    (True, False)
    >>> _phrase_agrees("'라마3'보다 싸다", Fraction(1, 7)) is None
    True
    """
    for found in find_amounts(phrase):
        if isinstance(found, ParsedAmount) and (stated := stated_ratio(found)) is not None:
            return stated == ratio
    return None


def stated_ratio(found: ParsedAmount) -> Fraction | None:
    """The exact ratio a mention states: a fraction, or a percent over 100; else None."""
    if found.qualifier == "range":  # "5~6%" states no one ratio
        return None
    if found.fraction is not None:
        return found.fraction
    if found.unit == "percent" and found.per is None:
        return Fraction(found.value) / 100
    return None


def _converted(
    whole: Money, on: PartialDate | None, rates: RateSource
) -> tuple[Money | None, RateQuote | None]:
    if whole.currency == INFERRED_CURRENCY or on is None:
        return None, None
    try:
        quote = quotes(rates, whole.currency, INFERRED_CURRENCY, on)[0]
    except RateUnavailableError:
        return None, None
    return Money._trusted(EXACT.multiply(whole.amount, quote.rate), INFERRED_CURRENCY), quote


def _reference(
    brief: Brief,
    fact: Fact,
    *,
    entity: str,
    currency: str,
    on: PartialDate | None,
    rates: RateSource,
) -> Money | None:
    """The figure the brief holds for ``entity`` in a fact of the same kind, in ``currency``."""
    for other in brief.facts:
        if type(other) is not type(fact) or other is fact or amount_of(other) is None:
            continue
        if entity not in (getattr(other, "model", None), getattr(other, "organization", None)):
            continue
        if getattr(other, "per", None) != getattr(fact, "per", None):
            continue
        figure = point(amount_of(other))
        if figure.currency == currency:
            return figure
        when = other.date or on
        if when is None:
            continue
        try:
            quote = quotes(rates, figure.currency, currency, when)[0]
        except RateUnavailableError:
            continue
        return Money._trusted(EXACT.multiply(figure.amount, quote.rate), currency)
    return None
