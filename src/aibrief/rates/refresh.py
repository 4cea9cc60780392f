"""Downloading the ECB's newest rates into the cache, checked before they replace anything."""

from __future__ import annotations

import datetime
from typing import Final

from aibrief.errors import InvalidArgumentError, RateDataError, RateUpdateError
from aibrief.rates import cache
from aibrief.rates.checks import check_dates_run_one_way, growth_problems, read_zip
from aibrief.rates.current import Held, choose, ecb, forget
from aibrief.rates.download import Progress, check_url, fetch
from aibrief.rates.io import Columns, pack, parse_csv, unpack
from aibrief.rates.table import ECB_SOURCE, RateTable

__all__ = ["ECB_URL", "TIMEOUT", "update"]

#: The ECB's full history of its euro reference rates, every published day since 1999.
ECB_URL: Final = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip"
#: Seconds to wait for the connection and for each read of the download.
TIMEOUT: Final = 30.0
_UNCHANGED = "the rates held were not changed"


def update(
    url: str | None = None,
    *,
    force: bool = False,
    timeout: float = TIMEOUT,
    progress: Progress | None = None,
) -> RateTable:
    """Download the ECB's rates, check them, and keep them for :func:`aibrief.rates.ecb`.

    The file (``eurofxref-hist.zip``; ``url`` names another copy, ``file://`` included) must
    be a sound zip holding the ECB's CSV, its dates running one way and every rate a
    positive decimal; and it must not shrink the rates held: end earlier, drop a currency, a
    published day or a published rate. ``force=True`` accepts a file that shrinks them. The
    checked table is packed into the cache folder (``AIBRIEF_RATES_DIR``, else the user's
    cache folder) in one step under a file lock; on any failure the rates held are left
    byte for byte as they were, and the error says why. ``progress``, if given, is called
    with the bytes received so far and the total (None when the server does not say).
    Returns the table :func:`~aibrief.rates.ecb` now gives. ``aibrief rates update`` runs it.

    >>> import aibrief as ab
    >>> ab.rates.update(url="file:///nowhere/eurofxref-hist.zip")
    Traceback (most recent call last):
    ...
    aibrief.errors.RateUpdateError: cannot read file:///nowhere/eurofxref-hist.zip: No such file or directory; check the path; the rates held were not changed
    >>> ab.rates.update(url="ftp://example.org/eurofxref-hist.zip")
    Traceback (most recent call last):
    ...
    aibrief.errors.InvalidArgumentError: url='ftp://example.org/eurofxref-hist.zip' is not an address to download from; expected https://..., http://... or file://..., such as 'https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip'
    """
    address = ECB_URL if url is None else check_url(url)
    _check_options(force, timeout, progress)
    try:
        data = fetch(address, timeout=timeout, progress=progress)
        columns = _checked_table(data, address)
        path = cache.cache_path()
        with cache.locked(path, url=address):
            # Chosen again under the lock: another process may have updated meanwhile.
            held = choose()
            if not force:
                _refuse_shrinking(columns, held, address)
            cache.write(path, pack(columns), url=address)
    except RateDataError as error:
        raise RateDataError(f"{error}; {_UNCHANGED}", line=error.line) from None
    except RateUpdateError as error:
        raise RateUpdateError(
            f"{error}; {_UNCHANGED}", url=error.url, status=error.status
        ) from None
    forget()
    return ecb()


def _checked_table(data: bytes, url: str) -> Columns:
    """The columns of the ECB file ``data``, its layout, dates and rates checked."""
    lines = read_zip(data, name=url)
    retrieved = datetime.datetime.now(datetime.UTC).date()
    source = ECB_SOURCE.format(retrieved=retrieved)
    source += ", downloaded by aibrief" if url == ECB_URL else f" from {url}"
    columns = parse_csv(lines, base="EUR", source=source, name=url)
    check_dates_run_one_way(lines, name=url)
    return columns


def _refuse_shrinking(columns: Columns, held: Held, url: str) -> None:
    """Raise RateDataError if ``columns`` would shrink the table held."""
    previous = unpack(held.path.read_bytes(), name=str(held.path))
    problems = growth_problems(columns, previous)
    if problems:
        message = (
            f"refused {url}: it would shrink the rates held ({held.table.first_date} to"
            f" {held.table.last_date}, {held.origin}): {'; '.join(problems)}. If the ECB"
            f" really withdrew them, update with --force (force=True in Python)"
        )
        raise RateDataError(message)


def _check_options(force: object, timeout: object, progress: object) -> None:
    if not isinstance(force, bool):
        message = f"force={force!r} should be True or False"
        raise InvalidArgumentError(message, name="force", value=force)
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not timeout > 0:
        message = f"timeout={timeout!r} should be a number of seconds above 0, such as 30"
        raise InvalidArgumentError(message, name="timeout", value=timeout)
    if progress is not None and not callable(progress):
        message = f"progress={progress!r} should be a function of (received, total), or None"
        raise InvalidArgumentError(message, name="progress", value=progress)
