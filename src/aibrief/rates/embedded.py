"""The ECB table shipped inside the package, loaded on first use and shared afterwards."""

from __future__ import annotations

import functools
import threading
from pathlib import Path

import attrs

from aibrief._core.data import data_path, read_data
from aibrief.rates.io import last_published, read_header, unpack
from aibrief.rates.table import ECB_REFRESH, RateTable

__all__ = ["SHIPPED", "shipped", "shipped_last_published", "shipped_path"]

#: How the source of the shipped table ends, so that a conversion says which data it used.
SHIPPED = "shipped with aibrief"

_DATA_FILE = "eurofxref.bin"
_shipped_table: RateTable | None = None
_shipped_lock = threading.Lock()


def shipped() -> RateTable:
    """The ECB table shipped with aibrief, read from the package on the first call."""
    table = _shipped_table
    if table is None:
        table = _load_once()
    return table


def shipped_path() -> Path:
    """The file the shipped table is read from."""
    return data_path(_DATA_FILE)


@functools.cache
def shipped_last_published() -> int:
    """The ordinal of the shipped table's last day, from its header: the table stays unread."""
    return last_published(read_header(shipped_path()), name=_DATA_FILE)


def _load_once() -> RateTable:
    global _shipped_table
    with _shipped_lock:
        # Another thread may have loaded it while this one waited for the lock.
        if _shipped_table is None:
            _shipped_table = _load_embedded()
        return _shipped_table


def _load_embedded() -> RateTable:
    columns = unpack(read_data(_DATA_FILE), name=_DATA_FILE, lazy=True)
    # The file records when its rates were retrieved; where they come from is said here.
    columns = attrs.evolve(columns, source=f"{columns.source}, {SHIPPED}")
    table = RateTable(columns, refresh=ECB_REFRESH)
    # The same in every process of one aibrief version: a pickle sends a reference, no rates.
    table._pickled_as = shipped
    return table
