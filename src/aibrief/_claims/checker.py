"""Run every check of a brief: its stated equivalences, ratios, rankings, changes and totals,
in fact order."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aibrief._claims.check import ClaimChecks
from aibrief._claims.equivalence import equivalence_checks
from aibrief._claims.growth import growth_checks
from aibrief._claims.ranking import ranking_check, ranking_groups
from aibrief._claims.ratios import ratio_checks
from aibrief._claims.totals import total_checks
from aibrief.rates import ecb

if TYPE_CHECKING:
    from aibrief._brief.brief import Brief
    from aibrief.rates.sources import RateSource

__all__ = ["check_claims"]


def check_claims(brief: Brief, *, rates: RateSource | None = None) -> ClaimChecks:
    """Check every stated equivalence, ratio, ranking, change and total of ``brief``, in fact order.

    ``rates`` is any rate source (default :func:`aibrief.rates.ecb`). A financial result's
    stated change (year on year, on the quarter, compound annual) is checked against the
    brief's result for the earlier period, and a total against its ``parts``. A check that
    lacks a date, a rate or a figure to compare with is "unverifiable" and says why.

    >>> import aibrief as ab
    >>> checks = ab.check_claims(ab.datasets.deepseek())
    >>> sorted({check.kind for check in checks})
    ['equivalence', 'ranking', 'ratio']
    >>> [check.verdict for check in checks if check.kind == "equivalence"].count("inconsistent")
    0
    """
    source = ecb() if rates is None else rates
    groups = ranking_groups(brief)
    checks = ClaimChecks()
    for fact in brief.facts:
        checks += equivalence_checks(brief, fact, source)
        checks += ratio_checks(brief, fact, source)
        if fact.id in groups:
            checks.append(ranking_check(brief, fact, groups[fact.id]))  # type: ignore[arg-type]
        checks += growth_checks(brief, fact)
        checks += total_checks(brief, fact)
    return checks
