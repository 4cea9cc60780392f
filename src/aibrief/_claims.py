"""Checking the figures an article states: currency equivalences, ratios and rankings.

:func:`check_claims` reads a :class:`~aibrief.Brief` and returns one :class:`ClaimCheck` per
checkable statement, each with the figures a table needs and a one-sentence explanation in
English and Korean. The rules (see ``docs/claims.rst``):

* **Tolerance.** A stated figure is rounded at its last significant digit (zeros ending a
  whole number do not count: "80억" has one significant digit, "79억8000만" three), so it may
  be off by half a unit of that digit: "80억" stands for anything from 75억 to 85억, at most
  5억 / 75억 = 6.67% from the figure.
  A qualifier other than exact ("약", "about") adds :data:`ABOUT_ALLOWANCE` (2%) for the
  writer's choice of rate and day. A check is consistent when ``|deviation| <= tolerance``.
* **Dates.** An equivalence is checked at the rate of the source's publication date and at
  that of the fact's own date (once, when the two are equal). A day uses the rate published on
  it, or the last one before it. A month, quarter or year stands for every day in it: the rate
  of each published day is read, the one closest to the implied rate is the reference, and the
  lowest and highest rates of the period are reported too. Inferred values are converted at
  the rate of the last published day of the period.
* **Ratios** ("5.6% of ChatGPT's cost", "1/7 of Llama 3's price") infer the other figure; it is
  compared with a figure the brief holds for that entity, else the check is "unverifiable".
* **Rankings** compare the stated figures of statistics that share metric, period and
  publisher: a better rank with a smaller figure is inconsistent.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Final, Literal, TypedDict

import attrs

from aibrief import _claim_text as text
from aibrief._approx import Approx
from aibrief._decimal import DIVISION, EXACT, to_decimal
from aibrief._money import Money
from aibrief._partial_date import PartialDate
from aibrief.errors import InvalidArgumentError, RateUnavailableError

if TYPE_CHECKING:
    from aibrief._brief import Brief
    from aibrief._events import Statistic
    from aibrief._facts import Comparison, Fact
    from aibrief._provenance import Citation
    from aibrief._rate_sources import RateQuote, RateSource

__all__ = ["ABOUT_ALLOWANCE", "Basis", "CheckKind", "ClaimCheck", "Verdict", "check_claims"]

#: The outcome of a check.
Verdict = Literal["consistent", "inconsistent", "unverifiable"]
#: What a check tests: a stated currency equivalence, a ratio to another figure, a ranking.
CheckKind = Literal["equivalence", "ratio", "ranking"]
#: Which date an equivalence is checked at: the source's publication date or the fact's own.
Basis = Literal["publication", "event"]
#: The languages of the explanations.
Language = Literal["en", "ko"]

#: The extra relative tolerance of a figure qualified as approximate ("약 80억원").
ABOUT_ALLOWANCE: Final = Decimal("0.02")
#: The currency inferred values are also shown in.
INFERRED_CURRENCY: Final = "USD"
# Fields that hold the amount a stated equivalence or a ratio is about, in order of preference.
_AMOUNT_FIELDS: Final = ("amount", "price", "market_cap_change")
_ONE_DAY: Final = datetime.timedelta(days=1)


@attrs.frozen(kw_only=True, repr=False)
class ClaimCheck:
    """The check of one statement: the figures compared, the tolerance and the verdict.

    ``stated`` is the figure as the article gives it (an equivalent, a ratio, a ranked figure);
    ``implied`` what it implies (a rate in ``unit``, or the other entity's inferred figure);
    ``reference`` what it is compared with (a published rate of ``reference_date``, or a figure
    of the brief), with the period's lowest and highest rates in ``reference_low`` and
    ``reference_high``; ``converted`` an inferred figure in US dollars;
    ``deviation`` is ``implied / reference - 1`` (rounded once); ``phrase_agrees`` says whether
    :func:`aibrief.parse_amount` reads the cited phrase as the brief's typed figures (``None``
    when it cannot read it).

    >>> import aibrief as ab
    >>> check = ab.check_claims(ab.datasets.deepseek())[0]
    >>> check
    ClaimCheck('deepseek-model-cost', 'equivalence', 'publication', 'consistent')
    >>> check.phrase, check.implied, check.unit
    ('557만6000달러(약 80억원)', Decimal('1434.720229555236728837876614060258'), 'KRW per USD')
    >>> print(check.explain("en"))
    At the reference rate of 2025-01-31 (1,449.65 KRW per USD), 5,576,000 USD is 8,083,241,720 KRW; the stated 8,000,000,000 KRW is 1.03% below it, within the tolerance of 8.67%.
    """

    fact: str
    kind: CheckKind
    subject: str
    phrase: str
    source: str
    verdict: Verdict
    explanation_en: str
    explanation_ko: str
    basis: Basis | None = None
    on: PartialDate | None = None
    stated: Any = None
    implied: Decimal | Money | None = None
    reference: Decimal | Money | None = None
    reference_date: datetime.date | None = None
    reference_low: Decimal | None = None
    reference_high: Decimal | None = None
    converted: Money | None = None
    unit: str | None = None
    rank: int | None = None
    deviation: Decimal | None = None
    tolerance: Decimal | None = None
    rate_source: str | None = None
    phrase_agrees: bool | None = None

    def explain(self, lang: Language = "en") -> str:
        """The one-sentence explanation in ``lang`` (``"en"`` or ``"ko"``).

        >>> import aibrief as ab
        >>> check = ab.check_claims(ab.datasets.deepseek())[0]
        >>> check.explain("ko")[:40]
        '2025-01-31 기준환율(1 USD당 1,449.65 KRW)로 환산'
        """
        if lang == "en":
            return self.explanation_en
        if lang == "ko":
            return self.explanation_ko
        message = f"lang {lang!r} is not a language of the explanations; pass 'en' or 'ko'"
        raise InvalidArgumentError(message, name="lang", value=lang)

    def __repr__(self) -> str:
        fields = [self.fact, self.kind, *([self.basis] if self.basis else []), self.verdict]
        return f"ClaimCheck({', '.join(map(repr, fields))})"


class ClaimChecks(list[ClaimCheck]):
    """The checks of a brief: a plain list of :class:`ClaimCheck` that shows as a table in Jupyter.

    >>> import aibrief as ab
    >>> checks = ab.check_claims(ab.datasets.deepseek())
    >>> isinstance(checks, list), "<table" in checks._repr_html_()
    (True, True)
    """

    __slots__ = ()

    def _repr_html_(self) -> str:
        from aibrief._html import claim_checks_html

        return claim_checks_html(self)


def check_claims(brief: Brief, *, rates: RateSource | None = None) -> ClaimChecks:
    """Check every stated equivalence, ratio and ranking of ``brief``, in fact order.

    ``rates`` is any rate source (default :func:`aibrief.rates.ecb`). A check that lacks a
    date, a rate or a figure to compare with is "unverifiable" and says why.

    >>> import aibrief as ab
    >>> checks = ab.check_claims(ab.datasets.deepseek())
    >>> sorted({check.kind for check in checks})
    ['equivalence', 'ranking', 'ratio']
    >>> [check.verdict for check in checks if check.kind == "equivalence"].count("inconsistent")
    0
    """
    from aibrief.rates import ecb

    source = ecb() if rates is None else rates
    groups = _ranking_groups(brief)
    checks = ClaimChecks()
    for fact in brief.facts:
        checks += _equivalence_checks(brief, fact, source)
        checks += _ratio_checks(brief, fact, source)
        if fact.id in groups:
            checks.append(_ranking_check(brief, fact, groups[fact.id]))  # type: ignore[arg-type]
    return checks


# --- Equivalences ------------------------------------------------------------------------------


class _Claim(TypedDict):
    """What every check of one stated equivalence shares."""

    fact: str
    kind: CheckKind
    subject: str
    phrase: str
    source: str
    stated: Any
    phrase_agrees: bool | None


class _Figures(TypedDict):
    """The figures of an equivalence known before any rate is read."""

    basis: Basis
    on: PartialDate
    implied: Decimal
    unit: str
    tolerance: Decimal


def _equivalence_checks(brief: Brief, fact: Fact, rates: RateSource) -> Iterator[ClaimCheck]:
    equivalent = getattr(fact, "stated_equivalent", None)
    amount = _amount_of(fact)
    if equivalent is None or amount is None:
        return
    citation = _citation(fact, lambda c: _phrase_agrees(c.phrase, amount, equivalent) is not None)
    claim = _Claim(
        fact=fact.id,
        kind="equivalence",
        subject=_subject(fact),
        phrase=citation.phrase,
        source=citation.source,
        stated=equivalent,
        phrase_agrees=_phrase_agrees(citation.phrase, amount, equivalent),
    )
    dates = _check_dates(brief, fact, citation)
    if not dates:
        yield ClaimCheck(verdict="unverifiable", **text.no_date(), **claim)
    for basis, on in dates:
        yield _equivalence(amount, equivalent, basis, on, rates, claim)


def _equivalence(
    amount: object,
    equivalent: object,
    basis: Basis,
    on: PartialDate,
    rates: RateSource,
    claim: _Claim,
) -> ClaimCheck:
    original, stated = _point(amount), _point(equivalent)
    implied = DIVISION.divide(stated.amount, original.amount)
    figures = _Figures(
        basis=basis,
        on=on,
        implied=implied,
        unit=f"{stated.currency} per {original.currency}",
        tolerance=EXACT.add(rounding_tolerance(stated.amount), _allowance(equivalent)),
    )
    try:
        quotes = _quotes(rates, original.currency, stated.currency, on)
    except RateUnavailableError as error:
        words = text.no_rate(original.currency, stated.currency, on, error)
        return ClaimCheck(verdict="unverifiable", **words, **figures, **claim)
    best = min(quotes, key=lambda quote: _deviation(original, stated, quote).copy_abs())
    deviation = _deviation(original, stated, best)
    tolerance = figures["tolerance"]
    verdict: Verdict = "consistent" if deviation.copy_abs() <= tolerance else "inconsistent"
    low, high = min(q.rate for q in quotes), max(q.rate for q in quotes)
    expected = Money._trusted(EXACT.multiply(original.amount, best.rate), stated.currency)
    words = text.equivalence(original, stated, expected, best, on, low, high, deviation, tolerance)
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


def _check_dates(brief: Brief, fact: Fact, citation: Citation) -> list[tuple[Basis, PartialDate]]:
    published = getattr(_record(brief, citation.source), "published", None)
    dates: list[tuple[Basis, PartialDate]] = []
    if isinstance(published, PartialDate):
        dates.append(("publication", published))
    if fact.date is not None and fact.date != published:
        dates.append(("event", fact.date))
    return dates


def _quotes(rates: RateSource, base: str, target: str, on: PartialDate) -> list[RateQuote]:
    """The quotes of every published day of ``on``, latest first (a day: its own or the last)."""
    if on.precision == "day":
        return [rates.rate(base, target, on.start, missing="previous")]
    quotes: list[RateQuote] = []
    day = on.end
    while day >= on.start:
        try:
            quote = rates.rate(base, target, day, missing="previous")
        except RateUnavailableError:
            day -= _ONE_DAY
            continue
        if quote.rate_date < on.start:
            break
        quotes.append(quote)
        day = quote.rate_date - _ONE_DAY
    if not quotes:
        message = f"no {base} to {target} rate was published within {on}"
        raise RateUnavailableError(message, source_currency=base, target_currency=target)
    return quotes


def _phrase_agrees(phrase: str, amount: object, equivalent: object) -> bool | None:
    """Whether the parser reads ``phrase`` as these two figures; None when it cannot read it."""
    from aibrief._parsing import parse_amount
    from aibrief.errors import ParseError

    try:
        parsed = parse_amount(phrase)
    except ParseError:
        return None
    if parsed.equivalent is None:
        return None
    return _same(parsed, amount) and _same(parsed.equivalent, equivalent)


def _same(parsed: Any, figure: object) -> bool:
    money = _point(figure)
    qualifier = figure.qualifier if isinstance(figure, Approx) else "exact"
    return (parsed.value, parsed.currency, parsed.qualifier) == (
        money.amount,
        money.currency,
        qualifier,
    )


# --- Ratios ------------------------------------------------------------------------------------


def _ratio_checks(brief: Brief, fact: Fact, rates: RateSource) -> Iterator[ClaimCheck]:
    amount = _amount_of(fact)
    if amount is None:
        return
    for comparison in getattr(fact, "comparisons", ()):
        yield _ratio(brief, fact, amount, comparison, rates)


def _ratio(
    brief: Brief, fact: Fact, amount: Any, comparison: Comparison, rates: RateSource
) -> ClaimCheck:
    part = _point(amount)
    ratio = comparison.ratio
    whole = Money._trusted(
        DIVISION.divide(EXACT.multiply(part.amount, ratio.denominator), ratio.numerator),
        part.currency,
    )
    names = _names(brief, comparison.to)
    citation = _citation(fact, lambda c: any(name in c.phrase for name in names))
    per = getattr(fact, "per", None)
    unit = None if per is None else f"per {text.quantity(per)}"
    tolerance = EXACT.add(_ratio_tolerance(ratio), _allowance(amount))
    on = fact.date or _published(brief, citation)
    converted, quote = _converted(whole, on, rates)
    reference = _reference(brief, fact, comparison.to, part.currency, on, rates)
    verdict: Verdict = "unverifiable"
    deviation = None
    if reference is not None:
        # (part * q / p - reference) / reference, with a single division.
        scaled = EXACT.multiply(reference.amount, ratio.numerator)
        excess = EXACT.subtract(EXACT.multiply(part.amount, ratio.denominator), scaled)
        deviation = DIVISION.divide(excess, scaled)
        verdict = "consistent" if deviation.copy_abs() <= tolerance else "inconsistent"
    words = text.ratio(
        part,
        ratio,
        _label(brief, comparison.to),
        whole,
        unit,
        converted,
        quote,
        reference,
        deviation,
        tolerance,
    )
    return ClaimCheck(
        fact=fact.id,
        kind="ratio",
        subject=comparison.to,
        phrase=citation.phrase,
        source=citation.source,
        verdict=verdict,
        on=on,
        stated=ratio,
        implied=whole,
        reference=reference,
        converted=converted,
        unit=unit,
        deviation=deviation,
        tolerance=tolerance,
        reference_date=None if quote is None else quote.rate_date,
        rate_source=None if quote is None else quote.source,
        **words,
    )


def _converted(
    whole: Money, on: PartialDate | None, rates: RateSource
) -> tuple[Money | None, RateQuote | None]:
    if whole.currency == INFERRED_CURRENCY or on is None:
        return None, None
    try:
        quote = _quotes(rates, whole.currency, INFERRED_CURRENCY, on)[0]
    except RateUnavailableError:
        return None, None
    return Money._trusted(EXACT.multiply(whole.amount, quote.rate), INFERRED_CURRENCY), quote


def _reference(
    brief: Brief, fact: Fact, entity: str, currency: str, on: PartialDate | None, rates: RateSource
) -> Money | None:
    """The figure the brief holds for ``entity`` in a fact of the same kind, in ``currency``."""
    for other in brief.facts:
        if type(other) is not type(fact) or other is fact or _amount_of(other) is None:
            continue
        if entity not in (getattr(other, "model", None), getattr(other, "organization", None)):
            continue
        if getattr(other, "per", None) != getattr(fact, "per", None):
            continue
        figure = _point(_amount_of(other))
        if figure.currency == currency:
            return figure
        when = other.date or on
        if when is None:
            continue
        try:
            quote = _quotes(rates, figure.currency, currency, when)[0]
        except RateUnavailableError:
            continue
        return Money._trusted(EXACT.multiply(figure.amount, quote.rate), currency)
    return None


def _ratio_tolerance(ratio: Fraction) -> Decimal:
    """The largest relative error of an inferred figure from rounding the ratio as written.

    The inferred figure is off by ``true ratio / stated ratio - 1``: for a decimal ratio
    ("5.6%") at most its half-unit relative to it; for "1/7" or "1/70" (only the denominator
    rounded) the :func:`rounding_tolerance` of the denominator; otherwise both combined.
    """
    denominator = ratio.denominator
    for prime in (2, 5):
        while denominator % prime == 0:
            denominator //= prime
    if denominator == 1:  # a terminating decimal such as 0.056
        decimal = DIVISION.divide(ratio.numerator, ratio.denominator)
        return DIVISION.divide(_half_unit(decimal), decimal.copy_abs())
    below = rounding_tolerance(Decimal(ratio.denominator))
    if ratio.numerator == 1:  # "7분의 1"
        return below
    numerator = Decimal(ratio.numerator)
    above = DIVISION.divide(_half_unit(numerator), numerator.copy_abs())
    return EXACT.subtract(EXACT.multiply(EXACT.add(1, above), EXACT.add(1, below)), 1)


# --- Rankings ----------------------------------------------------------------------------------


def _ranking_groups(brief: Brief) -> dict[str, list[Statistic]]:
    """Ranked statistics by fact id, each mapped to the statistics it is ranked among."""
    from aibrief._events import Statistic

    groups: dict[tuple[Any, ...], list[Statistic]] = {}
    for fact in brief.facts:
        if isinstance(fact, Statistic) and fact.rank is not None:
            key = (
                fact.metric,
                fact.period_start,
                fact.period_end,
                fact.published_by,
                fact.report,
                _figure(fact.value)[1],
            )
            groups.setdefault(key, []).append(fact)
    return {fact.id: group for group in groups.values() if len(group) > 1 for fact in group}


def _ranking_check(brief: Brief, fact: Statistic, group: list[Statistic]) -> ClaimCheck:
    value, unit = _figure(fact.value)
    rank = fact.rank or 0
    others = [
        (other.rank or 0, _figure(other.value)[0], _label(brief, _who(other)))
        for other in group
        if other is not fact
    ]
    conflicts = [
        (other_rank, figure, who)
        for other_rank, figure, who in others
        if (other_rank < rank and figure < value) or (other_rank > rank and figure > value)
    ]
    verdict: Verdict = "inconsistent" if conflicts else "consistent"
    citation = fact.citations[0]
    words = text.ranking(
        fact.metric, _label(brief, _who(fact)), rank, value, unit, others, conflicts
    )
    return ClaimCheck(
        fact=fact.id,
        kind="ranking",
        subject=_who(fact),
        phrase=citation.phrase,
        source=citation.source,
        verdict=verdict,
        on=fact.date,
        stated=fact.value,
        rank=rank,
        unit=unit or None,
        **words,
    )


def _figure(value: object) -> tuple[Decimal, str]:
    """A stated figure as a magnitude and the name of its unit or currency ("" for a number)."""
    point = value.value if isinstance(value, Approx) else value
    if isinstance(point, Money):
        return point.amount, point.currency
    if isinstance(point, Decimal):
        return point, ""
    return to_decimal(getattr(point, "magnitude", point)), text.unit_name(point)


def _who(fact: Statistic) -> str:
    return fact.country or fact.subject or fact.id


# --- Shared helpers ----------------------------------------------------------------------------


def rounding_tolerance(figure: Decimal) -> Decimal:
    """The largest relative error of a figure rounded at its last significant digit.

    A figure ``s`` with half-unit ``h`` (half a unit of its last significant digit) stands
    for any value ``x`` in ``[s - h, s + h]``, so ``|s / x - 1|`` is at most ``h / (s - h)``.
    Zeros that end a whole number are not significant: news writes 8 billion as "80억".

    >>> rounding_tolerance(Decimal("8000000000"))
    Decimal('0.06666666666666666666666666666666667')
    >>> rounding_tolerance(Decimal("7980000000"))
    Decimal('0.0006269592476489028213166144200626959')
    """
    half = _half_unit(figure)
    return DIVISION.divide(half, EXACT.subtract(figure.copy_abs(), half)) if half else half


def _half_unit(figure: Decimal) -> Decimal:
    if figure == 0:
        return Decimal(0)
    exponent = figure.normalize(EXACT).as_tuple().exponent
    return Decimal(5).scaleb(int(exponent) - 1, EXACT)


def _allowance(figure: object) -> Decimal:
    approximate = isinstance(figure, Approx) and figure.qualifier != "exact"
    return ABOUT_ALLOWANCE if approximate else Decimal(0)


def _deviation(original: Money, stated: Money, quote: RateQuote) -> Decimal:
    """``stated / (original * rate) - 1`` with one rounding, so exact ties stay exact.

    The rate is ``numerator / denominator``; scaling both sides by the denominator leaves a
    single division, which is why a figure exactly at the tolerance is never pushed over it.
    """
    expected = EXACT.multiply(original.amount, quote.numerator)
    excess = EXACT.subtract(EXACT.multiply(stated.amount, quote.denominator), expected)
    return DIVISION.divide(excess, expected)


def _point(figure: object) -> Money:
    point = figure.value if isinstance(figure, Approx) else figure
    if not isinstance(point, Money):
        raise TypeError(f"{figure!r} is not an amount of money")
    return point


def _amount_of(fact: Fact) -> Any:
    for name in _AMOUNT_FIELDS:
        value = getattr(fact, name, None)
        if value is not None:
            return value
    return None


def _subject(fact: Fact) -> str:
    involved = fact.involved
    return involved[0] if involved else fact.id


def _citation(fact: Fact, wanted: Any) -> Citation:
    return next((c for c in fact.citations if wanted(c)), fact.citations[0])


def _record(brief: Brief, id: str) -> object:
    from aibrief.errors import UnknownIdError

    try:
        return brief.get(id)
    except UnknownIdError:
        return None


def _published(brief: Brief, citation: Citation) -> PartialDate | None:
    published = getattr(_record(brief, citation.source), "published", None)
    return published if isinstance(published, PartialDate) else None


def _names(brief: Brief, entity: str) -> tuple[str, ...]:
    names = getattr(_record(brief, entity), "names", None)
    return (entity,) if names is None else (entity, *names.all())


def _label(brief: Brief, id: str) -> text.Label:
    """The English and Korean names of an entity or a country code, else the id itself."""
    names = getattr(_record(brief, id), "names", None)
    if names is not None:
        english = names["en"] if "en" in names.languages else names.all()[0]
        return english, names["ko"] if "ko" in names.languages else english
    if len(id) == 2 and id.isupper():
        from babel import Locale

        return Locale("en").territories.get(id, id), Locale("ko").territories.get(id, id)
    return id, id
