"""ECB files made from the shipped table, for the tests of the cache and of updates.

Nothing is downloaded: the shipped table is written back out in the ECB's own layout
(``eurofxref-hist.csv`` inside ``eurofxref-hist.zip``: newest day first, ``N/A`` for no rate,
a comma at the end of every line), with one new day added where a test needs newer rates.
The new day's rates are made up for the tests (USD and KRW set, the others carried over from
the last shipped day); they are no ECB data.
"""

from __future__ import annotations

import array
import datetime
import functools
import io
import zipfile
from decimal import Decimal

import attrs

from aibrief._core.data import read_data
from aibrief._core.decimal import DIVISION, EXACT
from aibrief.rates.io import Columns, pack, unpack

#: The last day of the shipped table, and the day the tests' newer files add after it.
SHIPPED_LAST = datetime.date(2026, 10, 30)
NEW_DAY = datetime.date(2026, 11, 2)
NEW_RATES = {"USD": "1.1608", "KRW": "1650.17"}
#: 100 USD in KRW on NEW_DAY: 100 * 1650.17 / 1.1608 in aibrief's division context.
NEW_DAY_100_USD_IN_KRW = DIVISION.divide(
    EXACT.multiply(Decimal(100), Decimal("1650.17")), Decimal("1.1608")
)
SOURCE = "European Central Bank euro foreign exchange reference rates (eurofxref-hist)"


@functools.cache
def shipped_columns() -> Columns:
    """The shipped table, every column decoded."""
    return unpack(read_data("eurofxref.bin"))


@functools.cache
def newer_columns() -> Columns:
    """The shipped table and one more published day, NEW_DAY."""
    old = shipped_columns()
    last = len(old.days) - 1
    mantissas, ranges = {}, dict(old.ranges)
    for code, column in old.mantissas.items():
        value = column[last]  # carried over where the currency was published on the last day
        if code in NEW_RATES:
            value = int(Decimal(NEW_RATES[code]).scaleb(old.scales[code]))
        mantissas[code] = array.array(column.typecode, [*column, value])
        if value:
            ranges[code] = (ranges[code][0], NEW_DAY.toordinal())
    days = array.array("i", [*old.days, NEW_DAY.toordinal()])
    return attrs.evolve(old, days=days, mantissas=mantissas, ranges=ranges)


@functools.cache
def older_columns() -> Columns:
    """The shipped table without its last day."""
    old = shipped_columns()
    ends = old.days[-2]
    mantissas = {code: column[:-1] for code, column in old.mantissas.items()}
    ranges = {code: (first, min(last, ends)) for code, (first, last) in old.ranges.items()}
    return attrs.evolve(old, days=old.days[:-1], mantissas=mantissas, ranges=ranges)


def ecb_csv(columns: Columns, *, drop: str | None = None) -> str:
    """``columns`` as the ECB writes eurofxref-hist.csv; ``drop`` leaves out one currency."""
    codes = [code for code in columns.mantissas if code != drop]
    lines = ["Date," + ",".join(codes) + ","]
    for index in range(len(columns.days) - 1, -1, -1):
        day = datetime.date.fromordinal(columns.days[index]).isoformat()
        cells = [_cell(columns.mantissas[code][index], columns.scales[code]) for code in codes]
        lines.append(day + "," + ",".join(cells) + ",")
    return "\n".join(lines) + "\n"


def ecb_zip(text: str) -> bytes:
    """A zip holding ``text`` as eurofxref-hist.csv, as the ECB serves it."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("eurofxref-hist.csv", text)
    return buffer.getvalue()


def packed(columns: Columns, *, retrieved: str = "2026-11-03") -> bytes:
    """``columns`` packed as a cache file written by an update on ``retrieved``."""
    source = f"{SOURCE}, retrieved {retrieved} from http://127.0.0.1/eurofxref-hist.zip"
    return pack(attrs.evolve(columns, source=source))


def _cell(mantissa: int, scale: int) -> str:
    if not mantissa:
        return "N/A"
    if not scale:
        return str(mantissa)
    digits = str(mantissa).rjust(scale + 1, "0")
    return f"{digits[:-scale]}.{digits[-scale:]}"
