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

import importlib
from typing import TYPE_CHECKING

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

if TYPE_CHECKING:
    from aibrief.rates.refresh import update

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


def __getattr__(name: str) -> object:
    # update() loads on first use (PEP 562, as aibrief itself does): its checks and download
    # modules cost a conversion nothing.
    if name == "update":
        return importlib.import_module("aibrief.rates.refresh").update
    raise AttributeError(f"module 'aibrief.rates' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
