"""A brief in Jupyter: a table of its facts with their figures, dated ones first in order.

Each fact shows its figures, whatever its kind: every field holding money, a quantity, a number
or an approximation of one is a figure, one line each in the figure, value, currency or unit
and qualifier columns, so a kind added later (``@fact_kind``) shows its amounts too.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

from aibrief._brief.naming import display_name
from aibrief._core import html
from aibrief._core.types import is_quantity
from aibrief._money.money import Money
from aibrief._quantities.approx import Approx
from aibrief._quantities.magnitude import magnitude
from aibrief._units.registry import as_units

if TYPE_CHECKING:
    from aibrief._brief.brief import Brief
    from aibrief._models.facts import Fact

__all__ = ["brief_html"]

_HEADER = (
    "date",
    "kind",
    "id",
    "involves",
    "figure",
    "value",
    "currency or unit",
    "qualifier",
    "cited phrase",
)


def brief_html(brief: Brief, *, lang: str = "en") -> str:
    """A brief as a table of its facts, dated ones first in order, each with its figures.

    Each row shows the date, the kind, the id, the names of the entities involved (in ``lang``
    where the brief has them), the fact's figures (one line each: which field, the value with
    grouped digits, its currency or unit, its qualifier) and the phrase of the first citation.

    >>> import aibrief as ab
    >>> table = ab.datasets.deepseek()._repr_html_()
    >>> "<td>2023-07</td><td>founding</td><td>deepseek-founded</td><td>DeepSeek, Liang Wenfeng</td>" in table
    True
    >>> "<td>amount<br/>stated equivalent</td><td>5,576,000<br/>8,000,000,000</td><td>USD<br/>KRW</td><td>exact<br/>about</td>" in table
    True
    """
    dated = brief.timeline()
    undated = [fact for fact in brief.facts if fact.date is None]
    body = [
        [
            fact.date,
            fact.kind,
            fact.id,
            ", ".join(display_name(brief, ref, lang) for ref in fact.involved),
            *_figure_cells(fact),
            fact.citations[0].phrase,
        ]
        for fact in (*dated, *undated)
    ]
    return html.rows("brief", _HEADER, body, caption=repr(brief))


def _figure_cells(fact: Fact) -> list[object]:
    """The figure, value, unit and qualifier cells: a line per figure, or a dash for none."""
    figures = [
        (field.name, value)
        for field in attrs.fields(type(fact))
        if _is_figure(value := getattr(fact, field.name))
    ]
    if not figures:
        return [None] * 4
    return [
        [name.replace("_", " ") for name, _ in figures],
        [_value(value) for _, value in figures],
        [_unit(value) for _, value in figures],
        [value.qualifier if isinstance(value, Approx) else "exact" for _, value in figures],
    ]


def _is_figure(value: object) -> bool:
    return isinstance(value, Money | Approx | Decimal) or is_quantity(value)


def _value(value: Any) -> str:
    if isinstance(value, Approx):
        if value.qualifier == "range" and value.low is not None and value.high is not None:
            return f"{_value(value.low)}–{_value(value.high)}"  # the ends the text states
        return _value(value.value)
    return html.cell_text(magnitude(value))


def _unit(value: Any) -> str | None:
    exact = value.value if isinstance(value, Approx) else value
    if isinstance(exact, Money):
        return exact.currency
    return as_units(exact) if is_quantity(exact) else None
