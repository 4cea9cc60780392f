"""Checking the figures an article states: currency equivalences, ratios and rankings.

:func:`check_claims` reads a :class:`~aibrief.Brief` and returns one :class:`ClaimCheck` per
checkable statement, each with the figures a table needs and a one-sentence explanation in
English, Korean and Chinese. The rules (see ``docs/claims.rst``):

* **Tolerance.** A stated figure may be off by the rounding of its last significant digit,
  plus 2% when it is qualified as approximate: :func:`aibrief.claim_tolerance`, in
  :mod:`aibrief._claims.tolerance`. A check is consistent when ``|deviation| <= tolerance``.
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
* **Growth and totals**: a financial result's stated change (year on year, on the quarter,
  compound annual) grows the brief's result of the earlier period into the figure it implies,
  and a stated total is compared with the sum of its parts; each figure stands for the
  interval it was written with, and the two agree when their intervals meet.

This module holds the check and the list of checks;
:func:`~aibrief.check_claims` (in :mod:`aibrief._claims.checker`) runs the checks; each kind of check
has its module (:mod:`aibrief._claims.equivalence`, :mod:`aibrief._claims.ratios`,
:mod:`aibrief._claims.ranking`, :mod:`aibrief._claims.growth`, :mod:`aibrief._claims.totals`),
:mod:`aibrief._claims.figures` reads what they compare out of the brief, and
:mod:`aibrief._claims.intervals` takes figures as the intervals they were written with.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any, Final, Literal

import attrs

from aibrief._claims.html import claim_check_html, claim_checks_html
from aibrief._core.types import Lang
from aibrief._dates.fiscal_period import FiscalPeriod
from aibrief._dates.partial_date import PartialDate
from aibrief._money.money import Money
from aibrief.errors import InvalidArgumentError

__all__ = ["Basis", "CheckKind", "ClaimCheck", "ClaimChecks", "Verdict"]

#: The outcome of a check.
Verdict = Literal["consistent", "inconsistent", "unverifiable"]
#: What a check tests: a stated currency equivalence, a ratio to another figure, a ranking, a
#: stated change (growth) of a result, or a total beside its parts.
CheckKind = Literal["equivalence", "ratio", "ranking", "growth", "total"]
#: Which date an equivalence is checked at: the source's publication date or the fact's own.
Basis = Literal["publication", "event"]

#: The currency inferred values are also shown in.
INFERRED_CURRENCY: Final = "USD"


@attrs.frozen(kw_only=True, repr=False)
class ClaimCheck:
    """The check of one statement: the figures compared, the tolerance and the verdict.

    ``stated`` is the figure as the article gives it (an equivalent, a ratio, a ranked figure);
    ``implied`` what it implies (a rate in ``unit``, or the other entity's inferred figure);
    ``reference`` what it is compared with (a published rate of ``reference_date``, or a figure
    of the brief), with the period's lowest and highest rates in ``reference_low`` and
    ``reference_high``; ``converted`` an inferred figure in US dollars;
    ``deviation`` is ``implied / reference - 1`` (rounded once) and ``tolerance`` how far it
    may go (:func:`aibrief.claim_tolerance`); ``span`` is where the phrase stands in the
    text it was read from (``None`` for a brief's check); ``phrase_agrees`` says whether
    :func:`aibrief.parse_amount` reads the cited phrase as the brief's typed figures (``None``
    when it cannot read it): for a ratio, whether the first fraction or percent
    :func:`aibrief.find_amounts` finds in it ("7분의 1", "5.6%") is exactly the ratio. ``explanation_en``, ``explanation_ko`` and ``explanation_zh`` say
    why in one sentence each (:meth:`explain` picks one by language).

    >>> import aibrief as ab
    >>> check = ab.check_claims(ab.datasets.deepseek())[0]
    >>> check
    ClaimCheck('deepseek-model-cost', 'equivalence', 'publication', 'consistent')
    >>> check.phrase, check.implied, check.unit
    ('557만6000달러(약 80억원)', Decimal('1434.720229555236728837876614060258'), 'KRW per USD')
    >>> print(check.explain("en"))
    At the reference rate of 2025-01-31 (1,449.65 KRW per USD), 5,576,000 USD is 8,083,241,720 KRW; the stated 8,000,000,000 KRW is 1.03% below it, within the tolerance of ±8.67% ('약' allows 2% plus half a unit of the last significant digit, 6.67%).
    """

    fact: str
    kind: CheckKind
    subject: str
    phrase: str
    source: str
    verdict: Verdict
    explanation_en: str
    explanation_ko: str
    explanation_zh: str
    basis: Basis | None = None
    on: PartialDate | FiscalPeriod | None = None
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
    span: tuple[int, int] | None = None

    def explain(self, lang: Lang = "en") -> str:
        """The one-sentence explanation in ``lang``: ``"en"``, ``"ko"`` or ``"zh"``.

        >>> import aibrief as ab
        >>> check = ab.check_claims(ab.datasets.deepseek())[0]
        >>> check.explain("ko")[:40]
        '2025-01-31 기준환율(1 USD당 1,449.65 KRW)로 환산'
        >>> print(check.explain("zh"))
        按2025-01-31参考汇率（1 USD = 1,449.65 KRW），原文数字低于换算值1.03%，在容差±8.67%（“약”允许2%，加上末位有效数字的半个单位6.67%）以内。
        """
        if lang == "en":
            return self.explanation_en
        if lang == "ko":
            return self.explanation_ko
        if lang == "zh":
            return self.explanation_zh
        message = f"lang {lang!r} is not a language of the explanations; pass 'en', 'ko' or 'zh'"
        raise InvalidArgumentError(message, name="lang", value=lang)

    def _repr_html_(self) -> str:
        """The check as a table, its verdict marked: ✓ consistent, ✗ inconsistent, ? unverifiable.

        >>> import aibrief as ab
        >>> "<td>✓ consistent</td>" in ab.check_claims(ab.datasets.deepseek())[0]._repr_html_()
        False
        >>> 'class="aibrief-consistent">✓ consistent</td>' in ab.check_claims(ab.datasets.deepseek())[0]._repr_html_()
        True
        """
        return claim_check_html(self)

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
        return claim_checks_html(self)
