"""Exchange-rate sources: the ECB table, your own rates, and chains of sources.

:func:`ecb` is the default source of :func:`aibrief.convert`: the European Central Bank's
euro foreign exchange reference rates for every published day since 1999-01-04, shipped
inside the package, or newer ones downloaded by :func:`update` (``aibrief rates update``),
loaded on first use (once per process, thread-safe).

>>> import datetime, aibrief as ab
>>> table = ab.rates.ecb()
>>> table.rate("EUR", "KRW", datetime.date(2025, 1, 27)).rate
Decimal('1507.97')
"""

from __future__ import annotations

from aibrief.rates.current import ecb
from aibrief.rates.sources import (
    ChainedRates,
    FixedRates,
    MissingPolicy,
    RateMethod,
    RateQuote,
    RateSource,
    chain,
)
from aibrief.rates.table import RateTable
from aibrief.rates.update import update

__all__ = [
    "ChainedRates",
    "FixedRates",
    "MissingPolicy",
    "RateMethod",
    "RateQuote",
    "RateSource",
    "RateTable",
    "chain",
    "ecb",
    "update",
]
