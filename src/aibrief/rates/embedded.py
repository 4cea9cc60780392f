"""The embedded ECB table, loaded from the package on first use and shared afterwards."""

from __future__ import annotations

import threading

from aibrief._core.data import read_data
from aibrief.rates.io import unpack
from aibrief.rates.table import RateTable

__all__ = ["ecb"]

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
    table = RateTable(unpack(read_data(_DATA_FILE), name=_DATA_FILE, lazy=True))
    table._pickled_as = ecb
    return table
