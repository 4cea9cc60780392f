"""Exchange-rate sources: the embedded ECB table, your own rates, and chains of sources.

:func:`ecb` is the default source of :func:`aibrief.convert`: the European Central Bank's
euro foreign exchange reference rates for every published day since 1999-01-04, shipped
inside the package and loaded on first use (once per process, thread-safe).

>>> import datetime, aibrief as ab
>>> table = ab.rates.ecb()
>>> table.rate("EUR", "KRW", datetime.date(2025, 1, 27)).rate
Decimal('1507.97')
"""

from __future__ import annotations

import os
import threading

from aibrief._rate_sources import (
    ChainedRates,
    FixedRates,
    MissingPolicy,
    RateMethod,
    RateQuote,
    RateSource,
    chain,
)
from aibrief._ratetable import RateTable

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
]

_DATA_FILE = "eurofxref.bin"
_ecb_table: RateTable | None = None
_ecb_lock = threading.Lock()


def ecb() -> RateTable:
    """The embedded ECB reference rates (every currency the ECB publishes, cross rates via EUR).

    The table is read from the package on the first call and shared afterwards.

    >>> import aibrief as ab
    >>> table = ab.rates.ecb()
    >>> table is ab.rates.ecb()
    True
    >>> table.published_range("USD")[0]
    datetime.date(1999, 1, 4)
    """
    table = _ecb_table
    if table is None:
        table = _load_once()
    return table


def _load_once() -> RateTable:
    global _ecb_table
    with _ecb_lock:
        # Another thread may have loaded it while this one waited for the lock.
        if _ecb_table is None:
            _ecb_table = _load_embedded()
        return _ecb_table


def _load_embedded() -> RateTable:
    from aibrief._rate_io import unpack

    # A plain file read: importlib.resources alone would cost more than decoding the table.
    path = os.path.join(os.path.dirname(__file__), "_data", _DATA_FILE)
    with open(path, "rb") as file:
        data = file.read()
    return RateTable(unpack(data, name=path, lazy=True))
