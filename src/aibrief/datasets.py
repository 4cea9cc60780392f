"""Briefs that ship with aibrief, ready to explore and to check.

:func:`deepseek` is the brief of a Korean news article on DeepSeek and its founder Liang
Wenfeng (Money Today's China column, 31 January 2025): 35 entities and 37 facts, every fact
citing the few words of the article that state it. It is read from the package on the first
call and shared afterwards (briefs are immutable).

>>> import aibrief as ab
>>> brief = ab.datasets.deepseek()
>>> brief
Brief(1 source, 35 entities, 37 facts)
>>> brief.get("liang-wenfeng").names["ko"]
'량원펑'
"""

from __future__ import annotations

import functools

from aibrief._brief.brief import Brief
from aibrief._core.data import read_data

__all__ = ["deepseek"]

_DEEPSEEK_FILE = "deepseek.json"


@functools.cache
def deepseek() -> Brief:
    """The DeepSeek brief: the facts, figures and sources of one Korean article on DeepSeek.

    The article has no dateline; its publication date, 2025-01-31, follows from its text
    (it reports the KOSPI session of 31 January 2025 as past and names earlier January days as
    "지난 27일" without a month), as the source's citations note. Facts the article does not
    date have ``date=None``. Phrases are verbatim excerpts of a few words, never sentences.

    >>> import aibrief as ab
    >>> brief = ab.datasets.deepseek()
    >>> brief is ab.datasets.deepseek()
    True
    >>> cost = brief.get("deepseek-model-cost")
    >>> cost.amount, cost.stated_equivalent
    (Money('5576000', 'USD'), Approx(Money('8000000000', 'KRW'), 'about'))
    >>> [fact.id for fact in brief.timeline()][-4:]
    ['nvidia-drop', 'sk-hynix-drop', 'liang-age-40', 'luo-fuli-age-30']
    """
    return Brief.from_json(read_data(_DEEPSEEK_FILE))
