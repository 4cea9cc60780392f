"""Ratios an article states between two figures it gives.

"A사의 매출 1조원은 B사 3조원의 3분의 1", "costs of $5.6 million, 5.6% of the $100 million",
"成本500万美元，仅为对手1500万美元的三分之一": a ratio ("3분의 1", "5.6%", "三分之一")
joined to the whole it is taken of (Korean "X의", Chinese "X的" before it, English "of X" after
it), and one other figure of the same kind in the sentence, the part. The part over the ratio
implies the whole; the check compares that with the whole the text states, converting the
part at the publication date's rate when the two are in different currencies.

Nothing is guessed: a ratio of something the text gives no figure for ("챗GPT 개발비의 5.6%"),
or a sentence with more than one candidate part, is not checked. The tolerance adds the
rounding of the ratio and of both figures as written, and 2% when one is qualified.
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Final

from aibrief._claims import text as words
from aibrief._claims.check import ClaimCheck
from aibrief._claims.figures import quotes
from aibrief._claims.ratios import ratio_tolerance, stated_ratio
from aibrief._claims.tolerance import tolerance_from, why, written_word
from aibrief._core.decimal import DIVISION, EXACT
from aibrief._money.money import Money
from aibrief._quantities.precision import rounding_tolerance
from aibrief.errors import RateUnavailableError

if TYPE_CHECKING:
    from aibrief._claims.check import Verdict
    from aibrief._dates.partial_date import PartialDate
    from aibrief._reading.mentions import ParsedAmount
    from aibrief.rates.sources import RateQuote, RateSource

__all__ = ["ratio_checks"]

# The whole before the ratio ("3조원의 3분의 1", "1500万美元的三分之一") or after it ("5.6% of
# the $100 million").
_WHOLE_FIRST: Final = re.compile(r"\s*(?:의|的)\s*")
_WHOLE_AFTER: Final = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?", re.IGNORECASE)
# Units that are not counts of something: a ratio is not taken of a percentage or multiple.
_NOT_COUNTS: Final = frozenset({"percent", "percentage_point", "basis_point", "times"})


def ratio_checks(
    text: str,
    mentions: list[ParsedAmount],
    sentences: list[tuple[int, int]],
    *,
    published: PartialDate,
    rates: RateSource,
    seen: set[tuple[Any, ...]],
) -> list[ClaimCheck]:
    """The check of every ratio ``text`` states between two of its ``mentions``.

    ``seen`` holds the phrases already checked, so a repeated paragraph is checked once.
    """
    checks = []
    for index, mention in enumerate(mentions):
        ratio = stated_ratio(mention)
        if ratio is None or ratio <= 0:
            continue
        whole = _whole(text, mentions, index)
        sentence = next((s for s in sentences if s[0] <= mention.span[0] < s[1]), None)
        if whole is None or sentence is None:
            continue
        part = _part(mentions, sentence, (mention, whole))
        if part is None:
            continue
        start = min(m.span[0] for m in (mention, whole, part))
        end = max(m.span[1] for m in (mention, whole, part))
        if (text[start:end], published) in seen:
            continue
        seen.add((text[start:end], published))
        checks.append(_check(text, (start, end), part, ratio, whole, published, rates))
    return checks


def _whole(text: str, mentions: list[ParsedAmount], index: int) -> ParsedAmount | None:
    """The figure the ratio at ``index`` is taken of, when the text joins them."""
    ratio = mentions[index]
    if index > 0:
        before = mentions[index - 1]
        if _WHOLE_FIRST.fullmatch(text, before.span[1], ratio.span[0]) and _kind(before):
            return before
    if index + 1 < len(mentions):
        after = mentions[index + 1]
        if _WHOLE_AFTER.fullmatch(text, ratio.span[1], after.span[0]) and _kind(after):
            return after
    return None


def _part(
    mentions: list[ParsedAmount], sentence: tuple[int, int], taken: tuple[ParsedAmount, ...]
) -> ParsedAmount | None:
    """The one other figure of the whole's kind in the sentence, else None (none, or unclear)."""
    kind = _kind(taken[1])

    def fits(mention: ParsedAmount) -> bool:
        # Money in any currency (it is converted), or a count of the same thing.
        other = _kind(mention)
        return (
            other is not None
            and kind is not None
            and (other == kind or other[0] == kind[0] == "money")
        )

    same = [
        m
        for m in mentions
        if sentence[0] <= m.span[0] < sentence[1] and not any(m is t for t in taken) and fits(m)
    ]
    return same[0] if len(same) == 1 else None


def _kind(mention: ParsedAmount) -> tuple[str, str] | None:
    """("money", currency) or ("count", unit) for a figure a ratio can relate, else None."""
    if mention.per is not None or mention.qualifier == "range":
        return None
    if mention.currency is not None:
        return "money", mention.currency
    if mention.unit is not None and mention.unit not in _NOT_COUNTS:
        return "count", mention.unit
    return None


def _check(
    text: str,
    span: tuple[int, int],
    part: ParsedAmount,
    ratio: Fraction,
    whole: ParsedAmount,
    published: PartialDate,
    rates: RateSource,
) -> ClaimCheck:
    """The whole ``part`` and ``ratio`` imply, against the ``whole`` the text states."""
    try:
        amount, quote = _in_currency_of(part, whole, published, rates)
    except RateUnavailableError as error:
        explained = words.no_rate(part.currency or "", whole.currency or "", published, error)
        return ClaimCheck(
            fact=f"text@{span[0]}",
            kind="ratio",
            subject=whole.text,
            phrase=text[span[0] : span[1]],
            source="text",
            verdict="unverifiable",
            on=published,
            stated=ratio,
            span=span,
            **explained,
        )
    # The whole the part implies, and how far the stated one is from it (stated / implied - 1,
    # as for an equivalence), each with one division.
    implied = DIVISION.divide(EXACT.multiply(amount, ratio.denominator), ratio.numerator)
    scaled = EXACT.multiply(amount, ratio.denominator)
    deviation = DIVISION.divide(
        EXACT.subtract(EXACT.multiply(whole.value, ratio.numerator), scaled), scaled
    )
    rounding = EXACT.add(
        ratio_tolerance(ratio),
        EXACT.add(rounding_tolerance(part.value), rounding_tolerance(whole.value)),
    )
    qualified = next((m for m in (part, whole) if m.qualifier != "exact"), None)
    tolerance = tolerance_from(
        rounding,
        qualifier="exact" if qualified is None else qualified.qualifier,
        word=None if qualified is None else written_word(qualified),
        rounded="ratio and figures",
    )
    verdict: Verdict = "consistent" if tolerance.allows(deviation) else "inconsistent"
    unit = whole.currency or whole.unit or ""
    figure = _figure_of(unit, money=whole.currency is not None)
    explanation = words.stated_ratio(
        part=figure(part.value if quote is None else amount),
        original=None if quote is None else Money(part.value, part.currency or ""),
        quote=quote,
        stated=ratio,
        implied=figure(implied),
        whole=figure(whole.value),
        deviation=deviation,
        tolerance=tolerance.relative,
        why=why(tolerance),
    )
    money = whole.currency is not None
    return ClaimCheck(
        fact=f"text@{span[0]}",
        kind="ratio",
        subject=whole.text,
        phrase=text[span[0] : span[1]],
        source="text",
        verdict=verdict,
        on=published,
        stated=ratio,
        implied=Money(implied, unit) if money else implied,
        reference=Money(whole.value, unit) if money else whole.value,
        reference_date=None if quote is None else quote.rate_date,
        rate_source=None if quote is None else quote.source,
        unit=None if money else unit,
        deviation=deviation,
        tolerance=tolerance.relative,
        span=span,
        **explanation,
    )


def _in_currency_of(
    part: ParsedAmount, whole: ParsedAmount, published: PartialDate, rates: RateSource
) -> tuple[Decimal, RateQuote | None]:
    """The part's number in the whole's currency, at the publication date's rate if it differs."""
    if part.currency is None or part.currency == whole.currency or whole.currency is None:
        return part.value, None
    quote = quotes(rates, part.currency, whole.currency, published)[0]
    return DIVISION.divide(EXACT.multiply(part.value, quote.numerator), quote.denominator), quote


def _figure_of(unit: str, *, money: bool) -> Any:
    """How a number of the whole's kind reads in the three languages."""

    def label(number: Decimal) -> words.Label:
        if money:
            shown = words.money(Money._trusted(number, unit))
            return shown, shown, shown
        return words.counted(number, unit)

    return label
