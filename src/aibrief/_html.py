"""Small HTML tables, so that aibrief's values render as tables in Jupyter.

Each public type gets one function here; its ``_repr_html_`` method delegates to it with a lazy
import. Every piece of text goes through :func:`html.escape`, because names, phrases and sources
come from news and user data. Amounts keep their full precision and gain thousands separators
(``5,576,000``), as news prints them.
"""

from __future__ import annotations

import datetime
import html
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from aibrief._approx import Approx
    from aibrief._brief import Brief
    from aibrief._claims import ClaimCheck, Language
    from aibrief._convert import Conversion
    from aibrief._money import Money

__all__ = [
    "approx_html",
    "brief_html",
    "claim_checks_html",
    "conversion_html",
    "display_name",
    "money_html",
]

# The class names let a notebook or the docs style aibrief's tables without touching others.
_TABLE: Final = '<table class="aibrief aibrief-{kind}">'
_EMPTY: Final = "—"  # an em dash marks a missing value, as tables in print do


def money_html(money: Money) -> str:
    """An amount of money as a two-row table: the amount (grouped digits) and the currency.

    >>> import aibrief as ab
    >>> print(ab.Money("5576000", "USD")._repr_html_())
    <table class="aibrief aibrief-money"><tr><th>amount</th><td>5,576,000</td></tr><tr><th>currency</th><td>USD</td></tr></table>
    """
    return _fields("money", [("amount", money.amount), ("currency", money.currency)])


def conversion_html(conversion: Conversion) -> str:
    """A conversion as a table: the amount, the result, the rate, its date, method and source.

    >>> import datetime, aibrief as ab
    >>> c = ab.convert(ab.Money("1", "EUR"), "CNY", on=datetime.date(2025, 1, 27))
    >>> print(c._repr_html_())
    <table class="aibrief aibrief-conversion"><tr><th>amount</th><td>1 EUR</td></tr><tr><th>result</th><td>7.6306 CNY</td></tr><tr><th>rate</th><td>7.6306 CNY per EUR</td></tr><tr><th>rate date</th><td>2025-01-27</td></tr><tr><th>method</th><td>published</td></tr><tr><th>source</th><td>European Central Bank ...</td></tr></table>
    """
    original, result = conversion.original, conversion.result
    rate = f"{_text(conversion.rate)} {result.currency} per {original.currency}"
    return _fields(
        "conversion",
        [
            ("amount", original),
            ("result", result),
            ("rate", rate),
            ("rate date", conversion.rate_date),
            ("method", conversion.method),
            ("source", conversion.source),
        ],
    )


def approx_html(approx: Approx[Any]) -> str:
    """An approximate figure as a table: value, qualifier and the interval it implies.

    >>> import aibrief as ab
    >>> print(ab.Approx(ab.Money("8000000000", "KRW"), "about")._repr_html_())
    <table class="aibrief aibrief-approx"><tr><th>value</th><td>8,000,000,000 KRW</td></tr><tr><th>qualifier</th><td>about</td></tr><tr><th>interval</th><td>[7,600,000,000.00 KRW, 8,400,000,000.00 KRW]</td></tr></table>
    """
    low = "(−∞" if approx.low is None else ("(" if approx.low_open else "[") + _text(approx.low)
    high = "+∞)" if approx.high is None else _text(approx.high) + (")" if approx.high_open else "]")
    return _fields(
        "approx",
        [("value", approx.value), ("qualifier", approx.qualifier), ("interval", f"{low}, {high}")],
    )


def brief_html(brief: Brief, *, lang: str = "en") -> str:
    """A brief as a heading with its counts and a table of its facts, dated ones first in order.

    Each row shows the date, the kind, the id, the names of the entities involved (in ``lang``
    where the brief has them) and the phrase of the first citation.

    >>> import aibrief as ab
    >>> table = ab.datasets.deepseek()._repr_html_()
    >>> "<td>2023-07</td><td>founding</td><td>deepseek-founded</td><td>DeepSeek, Liang Wenfeng</td>" in table
    True
    """
    dated = brief.timeline()
    undated = [fact for fact in brief.facts if fact.date is None]
    rows = [
        [
            fact.date,
            fact.kind,
            fact.id,
            ", ".join(display_name(brief, ref, lang) for ref in fact.involved),
            fact.citations[0].phrase,
        ]
        for fact in (*dated, *undated)
    ]
    caption = repr(brief)
    header = ["date", "kind", "id", "involves", "cited phrase"]
    return _rows("brief", header, rows, caption=caption)


def claim_checks_html(checks: Iterable[ClaimCheck], *, lang: Language = "en") -> str:
    """Claim checks as a table, one row per check, with the explanation in ``lang``.

    >>> import aibrief as ab
    >>> from aibrief._html import claim_checks_html
    >>> table = claim_checks_html(ab.check_claims(ab.datasets.deepseek()))
    >>> "<td>deepseek-model-cost</td><td>equivalence</td><td>publication</td><td>consistent</td>" in table
    True
    """
    rows = [
        [
            check.fact,
            check.kind,
            check.basis,
            check.verdict,
            check.phrase,
            _percent(check.deviation),
            _percent(check.tolerance),
            check.explain(lang),
        ]
        for check in checks
    ]
    header = ["fact", "check", "basis", "verdict", "phrase", "deviation", "tolerance", "why"]
    return _rows("claims", header, rows, caption=f"{len(rows)} claim checks")


def display_name(brief: Brief, ref: str, lang: str = "en") -> str:
    """The name of an entity in ``lang``, else in English or any language it has; else its id.

    >>> import aibrief as ab
    >>> from aibrief._html import display_name
    >>> brief = ab.datasets.deepseek()
    >>> display_name(brief, "liang-wenfeng", "ko"), display_name(brief, "nvidia-h800", "ko")
    ('량원펑', 'H800')
    """
    from aibrief._entities import Entity
    from aibrief.errors import UnknownIdError

    try:
        entity = brief.get(ref)
    except UnknownIdError:
        return ref
    if not isinstance(entity, Entity):
        return ref
    names = entity.names
    return names.name_in(lang, fallback=("en", *names.languages))


# --- Private helpers ---------------------------------------------------------------------------


def _fields(kind: str, pairs: Sequence[tuple[str, object]]) -> str:
    body = "".join(
        f"<tr><th>{_escape(name)}</th><td>{_cell(value)}</td></tr>" for name, value in pairs
    )
    return f"{_TABLE.format(kind=kind)}{body}</table>"


def _rows(
    kind: str, header: Sequence[str], rows: Sequence[Sequence[object]], *, caption: str
) -> str:
    head = "".join(f"<th>{_escape(name)}</th>" for name in header)
    body = "".join("<tr>" + "".join(f"<td>{_cell(v)}</td>" for v in row) + "</tr>" for row in rows)
    return (
        f"{_TABLE.format(kind=kind)}<caption>{_escape(caption)}</caption>"
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def _cell(value: object) -> str:
    return _escape(_text(value))


def _text(value: object) -> str:
    """Plain text of a value for a table cell: grouped digits, ISO dates, a dash for nothing."""
    from aibrief._money import Money

    if value is None:
        return _EMPTY
    if isinstance(value, Decimal):
        return f"{value:,f}"
    if isinstance(value, Money):
        return f"{value.amount:,f} {value.currency}"
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


def _percent(value: Decimal | None) -> str | None:
    if value is None:
        return None
    from aibrief._decimal import EXACT

    return f"{EXACT.multiply(value, Decimal(100)).quantize(Decimal('0.01'), context=EXACT):f}%"


def _escape(text: str) -> str:
    return html.escape(text, quote=True)
