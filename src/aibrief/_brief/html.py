"""A brief in Jupyter: a heading with its counts and a table of its facts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aibrief._brief.naming import display_name
from aibrief._core import html

if TYPE_CHECKING:
    from aibrief._brief.brief import Brief

__all__ = ["brief_html"]


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
    body = [
        [
            fact.date,
            fact.kind,
            fact.id,
            ", ".join(display_name(brief, ref, lang) for ref in fact.involved),
            fact.citations[0].phrase,
        ]
        for fact in (*dated, *undated)
    ]
    header = ["date", "kind", "id", "involves", "cited phrase"]
    return html.rows("brief", header, body, caption=repr(brief))
