"""Which ECB table is in use: the downloaded one unless it is older or unsound, else the shipped one.

:func:`ecb` decides once per process, on its first call (``import aibrief`` reads nothing),
and :func:`aibrief.rates.update` makes it decide again. A cached table that cannot be read, or
that ends before the shipped one (after an upgrade of aibrief), is skipped with a
:class:`~aibrief.warnings.RateCacheWarning` that says why.
"""

from __future__ import annotations

import datetime
import threading
import warnings
from pathlib import Path
from typing import Literal

import attrs

from aibrief.errors import RateDataError
from aibrief.rates import cache
from aibrief.rates.embedded import shipped, shipped_last_published, shipped_path
from aibrief.rates.io import unpack
from aibrief.rates.table import ECB_REFRESH, RateTable
from aibrief.warnings import RateCacheWarning

__all__ = ["Held", "Origin", "choose", "ecb", "forget", "held"]

#: Where the table in use comes from: the cache of downloaded rates, or the package.
Origin = Literal["downloaded", "shipped"]

_held: Held | None = None
#: The table in use, or None before the first call: conversions read it without a call.
_table: RateTable | None = None
_held_lock = threading.Lock()


@attrs.frozen(kw_only=True)
class Held:
    """The ECB table in use, the file it was read from, and why a cached table was skipped."""

    table: RateTable
    origin: Origin
    path: Path
    cache: Path
    skipped: str | None = None

    def skip_message(self) -> str | None:
        """The warning to give when a cached table was skipped, else None."""
        if self.skipped is None:
            return None
        return (
            f"skipped the downloaded rates in {self.cache}: {self.skipped}; using the rates"
            f" shipped with aibrief, which end on {self.table.last_date}. Run `aibrief rates"
            f" update` (ab.rates.update() in Python) to download them again, or delete"
            f" {self.cache}"
        )


def ecb(*, embedded: bool = False) -> RateTable:
    """The ECB reference rates: every currency the ECB publishes, cross rates via EUR.

    The table is the newest good one: the rates downloaded by ``aibrief rates update``
    (:func:`aibrief.rates.update`) unless they cannot be read or end before those shipped
    with aibrief, else the shipped ones (with a :class:`~aibrief.warnings.RateCacheWarning`
    that says why the download was skipped). ``embedded=True`` always gives the shipped table, for work that must
    give the same answer on every machine. The table is read on the first call and shared
    afterwards; its ``source`` says which it is and when its rates were retrieved.

    >>> import aibrief as ab
    >>> table = ab.rates.ecb()
    >>> table is ab.rates.ecb()
    True
    >>> table.published_range("USD")[0]
    datetime.date(1999, 1, 4)
    >>> ab.rates.ecb(embedded=True).source
    'European Central Bank euro foreign exchange reference rates (eurofxref-hist), retrieved 2026-10-30, shipped with aibrief'
    """
    if embedded:
        return shipped()
    table = _table
    if table is None:
        table = held().table
    return table


def held() -> Held:
    """The table in use and where it came from, chosen on the first call (see :func:`ecb`)."""
    found = _held
    if found is None:
        with _held_lock:
            found = _held
            if found is None:  # no other thread chose while this one waited
                found = _remember(choose())
    return found


def forget() -> None:
    """Choose again on the next call to :func:`ecb` (after the cache has changed)."""
    global _held, _table
    with _held_lock:
        _held = _table = None


def choose() -> Held:
    """Read the cache afresh and choose between it and the shipped table (no warning).

    A cache that wins is compared with the shipped table's header only: the shipped table is
    not loaded, so loading downloaded rates costs what loading the shipped ones does.
    """
    path = cache.cache_path()
    try:
        data = cache.read(path)
    except OSError as error:
        return _shipped(path, f"it cannot be read ({error.strerror or error})")
    if data is None:
        return _shipped(path, None)
    try:
        columns = unpack(data, name=str(path), lazy=True)
        if columns.base != "EUR" or not columns.ranges:
            raise RateDataError(f"{path} holds no ECB rates against EUR")
    except RateDataError as error:
        return _shipped(path, f"it cannot be read ({error})")
    last = max(last for _, last in columns.ranges.values())
    if last < shipped_last_published():
        day = datetime.date.fromordinal(last)
        return _shipped(path, f"its rates end on {day}, before those shipped with aibrief")
    cached = RateTable(columns, refresh=ECB_REFRESH)
    return Held(table=cached, origin="downloaded", path=path, cache=path)


def _remember(found: Held) -> Held:
    """Keep ``found`` as the choice of this process, warning once if a cache was skipped."""
    global _held, _table
    message = found.skip_message()
    if message is not None:
        # Level 4: the caller of ecb(), past held() and this function.
        warnings.warn(message, RateCacheWarning, stacklevel=4)
    _held, _table = found, found.table
    return found


def _shipped(cache_file: Path, skipped: str | None) -> Held:
    return Held(
        table=shipped(), origin="shipped", path=shipped_path(), cache=cache_file, skipped=skipped
    )
