"""Claim checks in Jupyter: one row per check, with the verdict and the explanation."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from aibrief._core import html
from aibrief._core.types import Lang

if TYPE_CHECKING:
    from aibrief._claims.check import ClaimCheck

__all__ = ["claim_checks_html"]


def claim_checks_html(checks: Iterable[ClaimCheck], *, lang: Lang = "en") -> str:
    """Claim checks as a table, one row per check, with the explanation in ``lang``.

    >>> import aibrief as ab
    >>> from aibrief._claims.html import claim_checks_html
    >>> table = claim_checks_html(ab.check_claims(ab.datasets.deepseek()))
    >>> "<td>deepseek-model-cost</td><td>equivalence</td><td>publication</td><td>consistent</td>" in table
    True
    """
    body = [
        [
            check.fact,
            check.kind,
            check.basis,
            check.verdict,
            check.phrase,
            html.percent(check.deviation),
            html.percent(check.tolerance),
            check.explain(lang),
        ]
        for check in checks
    ]
    header = ["fact", "check", "basis", "verdict", "phrase", "deviation", "tolerance", "why"]
    return html.rows("claims", header, body, caption=f"{len(body)} claim checks")
