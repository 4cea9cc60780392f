"""Checks of stated totals: "four years of losses add up to about $2.5 billion", against the parts.

A financial result that names its ``parts`` (the facts whose figures make it up: the years of
a cumulative loss, the segments of a revenue) states a total; the parts' figures, each the
interval it was written with (:mod:`aibrief._claims.intervals`), are added up with
:func:`aibrief.sum_of_parts`, and the total agrees when the two intervals meet. A part that is
missing, has no figure, or is in another currency makes the check "unverifiable".
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from aibrief._claims import finance_text
from aibrief._claims.check import ClaimCheck
from aibrief._claims.figures import record
from aibrief._claims.intervals import agreement, written
from aibrief._quantities.approx import Approx
from aibrief._quantities.growth import sum_of_parts
from aibrief.errors import AibriefError

if TYPE_CHECKING:
    from aibrief._brief.brief import Brief
    from aibrief._claims.text import Label

__all__ = ["total_checks"]


def total_checks(brief: Brief, fact: object) -> Iterator[ClaimCheck]:
    """The check of the total a fact states beside its parts, if it names any."""
    parts: tuple[str, ...] = getattr(fact, "parts", ())
    value = getattr(fact, "value", None)
    if not parts or value is None:
        return
    cited = fact.citations[0]  # type: ignore[attr-defined]
    stated = finance_text.shown(_point(value))
    claim = {
        "fact": fact.id,  # type: ignore[attr-defined]
        "kind": "total",
        "subject": getattr(fact, "company", fact.id),  # type: ignore[attr-defined]
        "phrase": cited.phrase,
        "source": cited.source,
        "on": getattr(fact, "period", None),
        "stated": value,
    }
    what = (f"total of {stated}", f"합계 {stated}", f"总数{stated}")
    figures = [getattr(record(brief, part), "value", None) for part in parts]
    missing = [part for part, figure in zip(parts, figures, strict=True) if figure is None]
    if missing:
        words = finance_text.unchecked(what, _missing(missing))
        yield ClaimCheck(verdict="unverifiable", **words, **claim)
        return
    try:
        summed = sum_of_parts(written(figure) for figure in figures)
    except AibriefError as error:  # parts in several currencies, or of several kinds
        yield ClaimCheck(
            verdict="unverifiable", **finance_text.unchecked(what, (str(error),) * 3), **claim
        )
        return
    total = written(value)
    if _currency(summed) != _currency(total):
        reason = (
            "its parts are in another currency",
            "구성 항목의 통화가 다릅니다",
            "各部分货币不同",
        )
        yield ClaimCheck(verdict="unverifiable", **finance_text.unchecked(what, reason), **claim)
        return
    verdict, deviation, tolerance = agreement(total, summed)
    words = finance_text.total(
        parts=len(parts),
        summed=finance_text.shown(summed.value),
        stated=stated,
        deviation=deviation,
        tolerance=tolerance,
    )
    yield ClaimCheck(
        verdict=verdict,
        implied=summed.value,
        reference=_point(value),
        deviation=deviation,
        tolerance=tolerance,
        **words,
        **claim,
    )


def _missing(parts: list[str]) -> Label:
    listed = ", ".join(parts)
    return (
        f"the brief holds no figure for {listed}",
        f"브리프에 {listed}의 수치가 없습니다",
        f"简报中没有{listed}的数值",
    )


def _point(value: Any) -> Any:
    return value.value if isinstance(value, Approx) else value


def _currency(value: Any) -> str | None:
    return getattr(_point(value), "currency", None)
