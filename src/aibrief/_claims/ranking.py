"""Checks of rankings: statistics that share metric, period and publisher, ranked by figure.

"AI 논문 22만건으로 세계 1위" and "인도 19만5000건으로 2위" are consistent; a better rank with
a smaller figure than another statistic of the same group is inconsistent.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from aibrief._claims import text
from aibrief._claims.check import ClaimCheck
from aibrief._claims.figures import label
from aibrief._core.decimal import to_decimal
from aibrief._models.events import Statistic
from aibrief._models.names import in_language
from aibrief._money.money import Money
from aibrief._quantities.approx import Approx

if TYPE_CHECKING:
    from aibrief._brief.brief import Brief
    from aibrief._claims.check import Verdict
    from aibrief._claims.text import Label
    from aibrief._models.events import Statistic

__all__ = ["ranking_check", "ranking_groups"]


def ranking_groups(brief: Brief) -> dict[str, list[Statistic]]:
    """Ranked statistics by fact id, each mapped to the statistics it is ranked among."""
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


def ranking_check(brief: Brief, fact: Statistic, group: list[Statistic]) -> ClaimCheck:
    """The check of one ranked statistic against the others of its group."""
    value, unit = _figure(fact.value)
    rank = fact.rank or 0
    others = [
        (other.rank or 0, _figure(other.value)[0], label(brief, _who(other)))
        for other in group
        if other is not fact
    ]
    conflicts = _conflicts(rank, value, others)
    verdict: Verdict = "inconsistent" if conflicts else "consistent"
    citation = fact.citations[0]
    words = text.ranking(
        metric=_metric(fact),
        who=label(brief, _who(fact)),
        rank=rank,
        value=value,
        unit=unit,
        others=others,
        conflicts=conflicts,
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


def _conflicts(
    rank: int, value: Decimal, others: list[tuple[int, Decimal, Label]]
) -> list[tuple[int, Decimal, Label]]:
    """The others ranked better with a smaller figure, or worse with a larger one."""
    return [
        (other_rank, figure, who)
        for other_rank, figure, who in others
        if (other_rank < rank and figure < value) or (other_rank > rank and figure > value)
    ]


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


def _metric(fact: Statistic) -> Label:
    # The metric in each language of the explanations, from its translations where it has one.
    en, ko, zh = (in_language(fact.metric, fact.metric_in, lang) for lang in ("en", "ko", "zh"))
    return en, ko, zh
