"""Checks of stated equivalences: "557만6000달러(약 80억원)" against the reference rate.

The stated figure implies a rate (80억 / 557만6000 KRW per USD); it is checked at the rate of
the source's publication date and at that of the fact's own date (once, when the two are
equal). A month, quarter or year stands for every day in it: the published rate closest to
the implied one is the reference, and the period's lowest and highest rates are reported.
The tolerance is the rule of :mod:`aibrief._claims.check`.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypedDict

import attrs

from aibrief._claims import text
from aibrief._claims.check import ClaimCheck
from aibrief._claims.figures import amount_of, citation, point, quotes, record, subject
from aibrief._claims.tolerance import Tolerance, claim_tolerance, why, written_word
from aibrief._core.decimal import DIVISION, EXACT
from aibrief._dates.partial_date import PartialDate
from aibrief._money.money import Money
from aibrief._quantities.approx import Approx
from aibrief._reading.mentions import ParsedAmount
from aibrief._reading.parsing import parse_amount
from aibrief.errors import ParseError, RateUnavailableError

if TYPE_CHECKING:
    from aibrief._brief.brief import Brief
    from aibrief._claims.check import Basis, CheckKind, Verdict
    from aibrief._models.facts import Fact
    from aibrief._models.provenance import Citation
    from aibrief.rates.sources import RateQuote, RateSource

__all__ = ["Claim", "check_equivalence", "equivalence_checks"]


class Claim(TypedDict):
    """What every check of one stated claim shares: where it is stated, and what it states."""

    fact: str
    kind: CheckKind
    subject: str
    phrase: str
    source: str
    stated: Any
    phrase_agrees: bool | None
    span: tuple[int, int] | None


class _Figures(TypedDict):
    """The figures of an equivalence known before any rate is read."""

    basis: Basis
    on: PartialDate
    implied: Decimal
    unit: str
    tolerance: Decimal


def equivalence_checks(brief: Brief, fact: Fact, rates: RateSource) -> Iterator[ClaimCheck]:
    """The checks of the equivalence ``fact`` states, one per date it is checked at."""
    equivalent = getattr(fact, "stated_equivalent", None)
    amount = amount_of(fact)
    if equivalent is None or amount is None:
        return
    cited = citation(fact, lambda c: _parsed(c.phrase, amount, equivalent) is not None)
    parsed = _parsed(cited.phrase, amount, equivalent)
    claim = Claim(
        fact=fact.id,
        kind="equivalence",
        subject=subject(fact),
        phrase=cited.phrase,
        source=cited.source,
        stated=equivalent,
        phrase_agrees=None if parsed is None else _agrees(parsed, amount, equivalent),
        span=None,
    )
    tolerance = claim_tolerance(equivalent)
    if parsed is not None and parsed.equivalent is not None:  # quote the qualifier as written
        tolerance = attrs.evolve(tolerance, word=written_word(parsed.equivalent))
    dates = _check_dates(brief, fact, cited)
    if not dates:
        yield ClaimCheck(verdict="unverifiable", **text.no_date(), **claim)
    for basis, on in dates:
        yield check_equivalence(
            amount, equivalent, basis=basis, on=on, rates=rates, claim=claim, tolerance=tolerance
        )


def check_equivalence(
    amount: object,
    equivalent: object,
    *,
    basis: Basis,
    on: PartialDate,
    rates: RateSource,
    claim: Claim,
    tolerance: Tolerance,
) -> ClaimCheck:
    """The check of ``amount`` against its stated ``equivalent`` at the rates of ``on``."""
    original, stated = point(amount), point(equivalent)
    implied = DIVISION.divide(stated.amount, original.amount)
    figures = _Figures(
        basis=basis,
        on=on,
        implied=implied,
        unit=f"{stated.currency} per {original.currency}",
        tolerance=tolerance.relative,
    )
    try:
        found = quotes(rates, original.currency, stated.currency, on)
    except RateUnavailableError as error:
        words = text.no_rate(original.currency, stated.currency, on, error)
        return ClaimCheck(verdict="unverifiable", **words, **figures, **claim)
    return _closest(original, stated, found, figures=figures, claim=claim, reason=why(tolerance))


def _closest(
    original: Money,
    stated: Money,
    found: list[RateQuote],
    *,
    figures: _Figures,
    claim: Claim,
    reason: text.Words,
) -> ClaimCheck:
    """The check against the quote of ``found`` closest to the stated figure, the reference."""
    best = min(found, key=lambda quote: _deviation(original, stated, quote).copy_abs())
    deviation = _deviation(original, stated, best)
    tolerance = figures["tolerance"]
    verdict: Verdict = "consistent" if deviation.copy_abs() <= tolerance else "inconsistent"
    low, high = min(q.rate for q in found), max(q.rate for q in found)
    words = text.equivalence(
        amount=original,
        stated=stated,
        expected=Money._trusted(EXACT.multiply(original.amount, best.rate), stated.currency),
        quote=best,
        on=figures["on"],
        low=low,
        high=high,
        deviation=deviation,
        tolerance=tolerance,
        why=reason,
    )
    return ClaimCheck(
        verdict=verdict,
        reference=best.rate,
        reference_date=best.rate_date,
        reference_low=low,
        reference_high=high,
        deviation=deviation,
        rate_source=best.source,
        **words,
        **figures,
        **claim,
    )


def _check_dates(brief: Brief, fact: Fact, cited: Citation) -> list[tuple[Basis, PartialDate]]:
    published = getattr(record(brief, cited.source), "published", None)
    dates: list[tuple[Basis, PartialDate]] = []
    if isinstance(published, PartialDate):
        dates.append(("publication", published))
    if fact.date is not None and fact.date != published:
        dates.append(("event", fact.date))
    return dates


def _parsed(phrase: str, amount: object, equivalent: object) -> ParsedAmount | None:
    """The phrase as the parser reads it, if it reads an amount with a stated equivalent."""
    try:
        parsed = parse_amount(phrase)
    except ParseError:
        return None
    return None if parsed.equivalent is None else parsed


def _agrees(parsed: ParsedAmount, amount: object, equivalent: object) -> bool:
    """Whether the parser reads the phrase as these two figures."""
    assert parsed.equivalent is not None  # _parsed keeps only phrases with one
    return _same(parsed, amount) and _same(parsed.equivalent, equivalent)


def _same(parsed: Any, figure: object) -> bool:
    money = point(figure)
    qualifier = figure.qualifier if isinstance(figure, Approx) else "exact"
    return bool(
        (parsed.value, parsed.currency, parsed.qualifier)
        == (money.amount, money.currency, qualifier)
    )


def _deviation(original: Money, stated: Money, quote: RateQuote) -> Decimal:
    """``stated / (original * rate) - 1`` with one rounding, so exact ties stay exact.

    The rate is ``numerator / denominator``; scaling both sides by the denominator leaves a
    single division, which is why a figure exactly at the tolerance is never pushed over it.
    """
    expected = EXACT.multiply(original.amount, quote.numerator)
    excess = EXACT.subtract(EXACT.multiply(stated.amount, quote.denominator), expected)
    return DIVISION.divide(excess, expected)
