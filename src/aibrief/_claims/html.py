"""Claim checks in Jupyter: a check as a table of its figures, a list of checks one a row.

The verdict is marked twice: a sign a reader sees in any notebook (✓ consistent,
✗ inconsistent, ? unverifiable) and the class ``aibrief-<verdict>`` on its cell for styling.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from decimal import Decimal
from typing import TYPE_CHECKING, Final

from aibrief._core import html
from aibrief._core.types import Lang

if TYPE_CHECKING:
    from aibrief._claims.check import ClaimCheck, Verdict

__all__ = ["claim_check_html", "claim_checks_html"]

_SIGNS: Final[dict[Verdict, str]] = {"consistent": "✓", "inconsistent": "✗", "unverifiable": "?"}


def claim_check_html(check: ClaimCheck, *, lang: Lang = "en") -> str:
    """One check as a table: what was checked, the verdict, the figures compared and why.

    >>> import aibrief as ab
    >>> from aibrief._claims.html import claim_check_html
    >>> table = claim_check_html(ab.check_claims(ab.datasets.deepseek())[0])
    >>> '<th>verdict</th><td class="aibrief-consistent">✓ consistent</td>' in table
    True
    """
    rows: list[tuple[str, object]] = [
        ("fact", check.fact),
        ("check", check.kind if check.basis is None else f"{check.kind} at {check.basis} date"),
        ("verdict", verdict(check)),
        ("phrase", check.phrase),
        ("stated", check.stated),
        ("implied", _with_unit(check.implied, check.unit)),
        ("reference", _with_unit(check.reference, check.unit)),
        ("reference date", check.reference_date),
        ("deviation", html.percent(check.deviation)),
        ("tolerance", html.percent(check.tolerance)),
        ("why", check.explain(lang)),
    ]
    return html.fields("claim", [(name, value) for name, value in rows if value is not None])


def claim_checks_html(checks: Iterable[ClaimCheck], *, lang: Lang = "en") -> str:
    """Claim checks as a table, one row per check, with the explanation in ``lang``.

    >>> import aibrief as ab
    >>> from aibrief._claims.html import claim_checks_html
    >>> table = claim_checks_html(ab.check_claims(ab.datasets.deepseek()))
    >>> '<td>deepseek-model-cost</td><td>equivalence</td><td>publication</td><td class="aibrief-consistent">✓ consistent</td>' in table
    True
    """
    checks = list(checks)
    body = [
        [
            check.fact,
            check.kind,
            check.basis,
            verdict(check),
            check.phrase,
            html.percent(check.deviation),
            html.percent(check.tolerance),
            check.explain(lang),
        ]
        for check in checks
    ]
    header = ["fact", "check", "basis", "verdict", "phrase", "deviation", "tolerance", "why"]
    counts = Counter(check.verdict for check in checks)
    caption = f"{len(checks)} claim checks: " + ", ".join(
        f"{counts[verdict]} {verdict}" for verdict in _SIGNS
    )
    return html.rows("claims", header, body, caption=caption)


def verdict(check: ClaimCheck) -> html.Marked:
    """The verdict with its sign, marked for styling: ``✗ inconsistent``."""
    return html.Marked(f"{_SIGNS[check.verdict]} {check.verdict}", check.verdict)


def _with_unit(value: object, unit: str | None) -> object:
    # A rate is a bare Decimal whose unit ("KRW per USD") the check holds beside it.
    if not isinstance(value, Decimal) or unit is None:
        return value
    return f"{html.cell_text(value)} {unit}"
