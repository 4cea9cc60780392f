"""Reading and writing rate tables: CSV files of dated rates and the packed embedded format.

A table is held as columns: one array of day ordinals (ascending) and, per currency, an array
of scaled integers ("mantissas") with a per-currency decimal scale, so ``1.0530`` with scale 4
is stored as ``10530``. Published rates have at most a handful of significant digits, so the
integers hold them exactly; ``0`` means "not published that day".

The packed format (``_data/eurofxref.bin``) is ``MAGIC``, a length-prefixed text header, then
one zlib stream per column (little-endian bytes): the days, then each currency. Loading it is
a decompression and an ``array.frombytes`` per column actually used, with no per-row parsing
and no NumPy.
"""

from __future__ import annotations

import array
import os
import re
import sys
import zlib
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation

import attrs

from aibrief._core.currency import validate_currency
from aibrief._core.decimal import EXACT
from aibrief.errors import AibriefError, RateDataError

__all__ = [
    "MAGIC",
    "Columns",
    "build_columns",
    "last_published",
    "open_lines",
    "pack",
    "parse_csv",
    "read_header",
    "unpack",
]

MAGIC = b"AIBRATES2\n"

# Cells that mean "no rate that day" in ECB's file and in most spreadsheets.
_MISSING_CELLS = frozenset({"", "N/A", "NA", "n/a", "-"})
# Rates as the ECB writes them, one a line: ASCII digits, maybe a point and more digits.
_PLAIN_LINES = re.compile(r"[0-9]+(?:\.[0-9]+)?(?:\n[0-9]+(?:\.[0-9]+)?)*")
_FRACTION = re.compile(r"\.([0-9]+)")
_INT64_MAX = 2**63 - 1
_TYPECODES = (("H", 2**16 - 1), ("i", 2**31 - 1), ("q", _INT64_MAX))


@attrs.frozen(kw_only=True)
class Columns:
    """Columnar rates: day ordinals, and per currency its mantissas, scale and published range.

    ``ranges`` maps a code to the first and last day ordinal with a rate.
    """

    base: str
    source: str
    days: array.array[int]
    mantissas: Mapping[str, array.array[int]]
    scales: Mapping[str, int]
    ranges: Mapping[str, tuple[int, int]]


def build_columns(
    rows: Mapping[date, Mapping[str, Decimal | None]],
    *,
    base: str,
    source: str,
    lines: Mapping[date, int] | None = None,
) -> Columns:
    """Turn ``{day: {code: rate or None}}`` into columns, checking every rate.

    ``lines`` maps a day to the line it came from, for error messages.
    """
    if not rows:
        raise RateDataError("no rates given; expected at least one dated row of rates")
    days = sorted(rows)
    mantissas: dict[str, array.array[int]] = {}
    scales: dict[str, int] = {}
    ranges: dict[str, tuple[int, int]] = {}
    for code in _codes(rows, base):
        encoded = _encode_column(code, days, [rows[day].get(code) for day in days], lines)
        if encoded is not None:  # None: a column that is all N/A carries no rate
            mantissas[code], scales[code], ranges[code] = encoded
    ordinals = array.array("i", [day.toordinal() for day in days])
    return Columns(
        base=base, source=source, days=ordinals, mantissas=mantissas, scales=scales, ranges=ranges
    )


def parse_csv(lines: Iterable[str], *, base: str, source: str, name: str = "<csv>") -> Columns:
    """Parse a CSV of dated rates in ECB's layout: ``Date,USD,JPY,...`` then one row per day.

    Each cell is the number of units of the column's currency per one ``base``; ``N/A`` or
    an empty cell means no rate that day. A trailing comma (as ECB writes) is allowed.
    """
    import csv

    reader = csv.reader(lines)
    header = _header(reader, name)
    rows: list[_Row] = []
    where: dict[date, int] = {}
    for cells in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        try:
            day = _row_day(cells, header, where, name, line)
        except RateDataError:
            _check_rates(rows, header, name)  # a bad rate on an earlier line is told first
            raise
        rows.append(_Row(day, line, cells[1:] + [""] * (len(header) + 1 - len(cells))))
        where[day] = line
    if not rows:
        raise RateDataError(f"{name} has a header but no dated rows", line=reader.line_num)
    plain = _plain_columns(rows, header, base=base, source=source)
    if plain is not None:
        return plain
    # Some cell is not plain digits (or is 0, or too long): read every one as a Decimal,
    # which names the first bad cell or stores the odd one ("1E+3") exactly.
    return build_columns(_check_rates(rows, header, name), base=base, source=source, lines=where)


def pack(columns: Columns) -> bytes:
    """Encode ``columns`` in the packed format: a text header, then one zlib stream a column."""
    streams = [zlib.compress(_little_endian(columns.days), 9)]
    header = [
        f"base {columns.base}",
        f"source {columns.source}",
        f"days {len(columns.days)} {len(streams[0])}",
    ]
    for code, values in columns.mantissas.items():
        first, last = columns.ranges[code]
        streams.append(zlib.compress(_little_endian(values), 9))
        scale, size = columns.scales[code], len(streams[-1])
        header.append(f"column {code} {scale} {values.typecode} {first} {last} {size}")
    text = "\n".join(header).encode("utf-8")
    return MAGIC + len(text).to_bytes(4, "little") + text + b"".join(streams)


def unpack(data: bytes, *, name: str = "<packed rates>", lazy: bool = False) -> Columns:
    """Decode bytes written by :func:`pack`.

    With ``lazy=True`` each currency's column is decompressed on first use, so a process that
    converts USD to KRW decodes only those two columns (and the days).
    """
    fields, offset = _header_fields(data, name)
    try:
        base, source, (count, days_size) = fields[0], fields[1], map(int, fields[2].split(" "))
        days = _inflate(data, offset, days_size, "i", count, name)
        offset += days_size
        mantissas = _LazyColumns(data, count, name)
        scales: dict[str, int] = {}
        ranges: dict[str, tuple[int, int]] = {}
        for spec in fields[3:]:
            code, scale, typecode, first, last, length = spec.split(" ")
            mantissas.pending[code] = (offset, int(length), typecode)
            offset += int(length)
            scales[code] = int(scale)
            ranges[code] = (int(first), int(last))
    except (ValueError, IndexError, UnicodeDecodeError):
        raise RateDataError(f"{name} is corrupt: its header cannot be read") from None
    if offset != len(data):
        raise RateDataError(f"{name} is corrupt: {len(data) - offset} bytes unaccounted for")
    if not lazy:
        for code in list(mantissas.pending):
            mantissas[code] = mantissas[code]  # a lookup decodes the column
    return Columns(
        base=base, source=source, days=days, mantissas=mantissas, scales=scales, ranges=ranges
    )


def read_header(path: os.PathLike[str] | str) -> bytes:
    """The first bytes of the packed file at ``path``, up to the end of its text header."""
    with open(path, "rb") as file:
        head = file.read(len(MAGIC) + 4)
        return head + file.read(int.from_bytes(head[len(MAGIC) :], "little"))


def last_published(data: bytes, *, name: str = "<packed rates>") -> int:
    """The ordinal of the last day with any rate, from the header of packed ``data`` alone.

    ``data`` may be the whole table or only :func:`read_header`'s bytes: nothing is decoded.
    """
    fields, _ = _header_fields(data, name)
    try:
        return max(int(spec.split(" ")[4]) for spec in fields[3:])
    except (ValueError, IndexError):
        raise RateDataError(f"{name} is corrupt: its header cannot be read") from None


@attrs.frozen
class _Row:
    """One dated line of a CSV: its day, its line number and its rate cells as written."""

    day: date
    line: int
    cells: list[str]


class _LazyColumns(dict[str, "array.array[int]"]):
    """Columns decompressed on first lookup. Only lookups by code are lazy, not iteration."""

    def __init__(self, data: bytes, count: int, name: str) -> None:
        super().__init__()
        self.data, self.count, self.name = data, count, name
        self.pending: dict[str, tuple[int, int, str]] = {}

    def __missing__(self, code: str) -> array.array[int]:
        offset, length, typecode = self.pending[code]  # KeyError for a code not in the table
        values = _inflate(self.data, offset, length, typecode, self.count, self.name)
        # Two threads may both decode a column; both results are equal, either may stay.
        self[code] = values
        return values


def open_lines(path_or_file: object) -> tuple[list[str], str]:
    """Read the text lines of a CSV path, an open text file, or the CSV inside an ECB zip."""
    if hasattr(path_or_file, "read"):
        text = path_or_file.read()
        name = str(getattr(path_or_file, "name", "<file>"))
    else:
        if not isinstance(path_or_file, (str, os.PathLike)):
            message = f"expected a path or an open text file, got {type(path_or_file).__name__} {path_or_file!r}"
            raise RateDataError(message)
        name = os.fspath(path_or_file)
        text = _read_path(name)
    if isinstance(text, bytes):
        text = text.decode("utf-8-sig")
    return text.splitlines(), name


# Helpers.


def _header(reader: Iterable[list[str]], name: str) -> list[str]:
    for cells in reader:
        if not any(cell.strip() for cell in cells):
            continue
        codes = [cell.strip() for cell in cells[1:]]
        while codes and not codes[-1]:
            codes.pop()  # ECB ends every line with a comma
        for code in codes:
            try:
                validate_currency(code)
            except AibriefError as error:
                raise RateDataError(f"{name} line 1: {error}", line=1) from None
        if not codes or "" in codes:
            message = (
                f"{name} line 1 should be a header such as 'Date,USD,JPY', got {','.join(cells)!r}"
            )
            raise RateDataError(message, line=1)
        return [validate_currency(code) for code in codes]
    raise RateDataError(f"{name} is empty; expected a header such as 'Date,USD,JPY'", line=1)


def _row_day(
    cells: list[str], header: list[str], where: Mapping[date, int], name: str, line: int
) -> date:
    """The day of a CSV line, checking that it is new and that the line has no extra rates."""
    if len(cells) > len(header) + 1 and any(c.strip() for c in cells[len(header) + 1 :]):
        message = f"{name} line {line} has {len(cells) - 1} rates but the header names {len(header)} currencies"
        raise RateDataError(message, line=line)
    day = _parse_day(cells[0], name, line)
    if day in where:
        message = f"{name} line {line} repeats the date {day} (first given on line {where[day]})"
        raise RateDataError(message, line=line)
    return day


def _check_rates(
    rows: list[_Row], header: list[str], name: str
) -> dict[date, dict[str, Decimal | None]]:
    """Every rate of ``rows`` as a Decimal, line by line; the first bad one raises."""
    return {
        row.day: {
            code: _parse_rate(cell, code, name, row.line)
            for code, cell in zip(header, row.cells, strict=False)
        }
        for row in rows
    }


def _plain_columns(
    rows: list[_Row], header: list[str], *, base: str, source: str
) -> Columns | None:
    """The columns of ``rows`` when every rate is plain digits such as ``1.0530``, else None.

    The fast path of :func:`parse_csv` (the ECB's file has 290,000 cells): a column's rates
    are checked by one regular expression and turned into integers by ``str`` and ``int``,
    with no Decimal, giving the very integers and scales that :func:`build_columns` derives
    from Decimals.
    """
    if len(set(header)) != len(header) or base in header:
        return None  # build_columns words these errors
    ordered = sorted(rows, key=lambda row: row.day)
    days = [row.day for row in ordered]
    cells_by_position = list(zip(*(row.cells for row in ordered), strict=False))
    mantissas: dict[str, array.array[int]] = {}
    scales: dict[str, int] = {}
    ranges: dict[str, tuple[int, int]] = {}
    for position, code in sorted(enumerate(header), key=lambda item: item[1]):
        column = _plain_column(cells_by_position[position])
        if column is None:
            return None
        values, scale = column
        published = [index for index, value in enumerate(values) if value]
        if not published:
            continue  # a column that is all N/A carries no rate
        mantissas[code], scales[code] = _narrowest_array(values), scale
        ranges[code] = (days[published[0]].toordinal(), days[published[-1]].toordinal())
    ordinals = array.array("i", [day.toordinal() for day in days])
    return Columns(
        base=base, source=source, days=ordinals, mantissas=mantissas, scales=scales, ranges=ranges
    )


def _plain_column(cells: Sequence[str]) -> tuple[list[int], int] | None:
    """Scaled integers and their scale for cells of plain digits or N/A, else None."""
    texts = [cell.strip() for cell in cells]
    present = [text for text in texts if text not in _MISSING_CELLS]
    joined = "\n".join(present)
    if present and _PLAIN_LINES.fullmatch(joined) is None:
        return None
    fractions = list(map(len, _FRACTION.findall(joined)))
    scale = max(fractions, default=0)
    if fractions.count(scale) == len(present) or not fractions:
        # Every rate has the same number of decimals (as in the ECB's file): one pass in C.
        found = list(map(int, joined.replace(".", "").split("\n"))) if present else []
    else:
        found = [_scaled(text, scale) for text in present]
    if 0 in found or max(found, default=0) > _INT64_MAX:
        return None  # a rate of 0, or too many digits: the Decimal path words the error
    taken = iter(found)
    return [0 if text in _MISSING_CELLS else next(taken) for text in texts], scale


def _scaled(text: str, scale: int) -> int:
    """``text`` ("1.053") as an integer at ``scale`` decimal places (10530 at 4)."""
    whole, _, fraction = text.partition(".")
    return int(whole + fraction + "0" * (scale - len(fraction)))


def _parse_day(cell: str, name: str, line: int) -> date:
    text = cell.strip()
    try:
        if len(text) != 10:
            raise ValueError
        return date.fromisoformat(text)
    except ValueError:
        message = (
            f"{name} line {line}: {text!r} is not a date; expected YYYY-MM-DD such as 2025-01-27"
        )
        raise RateDataError(message, line=line) from None


def _parse_rate(cell: str, code: str, name: str, line: int) -> Decimal | None:
    text = cell.strip()
    if text in _MISSING_CELLS:
        return None
    try:
        value = EXACT.create_decimal(text)
    except InvalidOperation:
        value = Decimal("NaN")
    if not value.is_finite() or value <= 0:
        message = f"{name} line {line}: {code} rate {text!r} is not a positive number; expected digits such as '1.0530', or N/A"
        raise RateDataError(message, line=line)
    return value


def _codes(rows: Mapping[date, Mapping[str, Decimal | None]], base: str) -> list[str]:
    """The currencies of ``rows``, sorted; the base currency has no column of its own."""
    codes = sorted({code for values in rows.values() for code in values})
    if base in codes:
        message = f"the base currency {base} also has a column; its rate is 1 by definition, drop the column"
        raise RateDataError(message)
    return codes


def _encode_column(
    code: str, days: list[date], column: list[Decimal | None], lines: Mapping[date, int] | None
) -> tuple[array.array[int], int, tuple[int, int]] | None:
    """One currency's rates (one a day, None where unpublished) as columns store them.

    That is its mantissas, their decimal scale and the first and last day ordinal with a rate;
    ``None`` when no day has a rate. Every rate is checked.
    """
    published = [(day, value) for day, value in zip(days, column, strict=True) if value is not None]
    if not published:
        return None
    for day, value in published:
        _check_positive(code, day, value, lines)
    scale = max(max(0, -_exponent(value)) for _, value in published)
    scaled = [0 if value is None else int(value.scaleb(scale, EXACT)) for value in column]
    if max(scaled) > _INT64_MAX:
        raise _too_many_digits(code, published, scale, lines)
    first, last = published[0][0].toordinal(), published[-1][0].toordinal()
    return _narrowest_array(scaled), scale, (first, last)


def _too_many_digits(
    code: str, published: list[tuple[date, Decimal]], scale: int, lines: Mapping[date, int] | None
) -> RateDataError:
    """The error for a column whose largest rate, at ``scale``, does not fit in 64 bits."""
    day, value = max(published, key=lambda item: item[1].scaleb(scale, EXACT))
    message = f"{code} rate {value} on {day}{_where(day, lines)} has too many digits to store exactly; round it to 15 significant digits"
    return RateDataError(message, line=_line(day, lines))


def _narrowest_array(scaled: list[int]) -> array.array[int]:
    """The narrowest array type that holds the values: most ECB columns fit in 16 bits."""
    typecode = next(code for code, top in _TYPECODES if max(scaled) <= top)
    return array.array(typecode, scaled)


def _check_positive(code: str, day: date, value: Decimal, lines: Mapping[date, int] | None) -> None:
    if not value.is_finite() or value <= 0:
        message = f"{code} rate {value} on {day}{_where(day, lines)} is not a positive number"
        raise RateDataError(message, line=_line(day, lines))


def _line(day: date, lines: Mapping[date, int] | None) -> int | None:
    return None if lines is None else lines.get(day)


def _where(day: date, lines: Mapping[date, int] | None) -> str:
    line = _line(day, lines)
    return "" if line is None else f" (line {line})"


def _exponent(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)  # finite values only reach here
    return exponent


def _header_fields(data: bytes, name: str) -> tuple[list[str], int]:
    """The header's fields (one a line, without their keys) and the offset of the first column."""
    if not data.startswith(MAGIC):
        raise RateDataError(f"{name} is not a packed aibrief rate table (bad magic bytes)")
    start = len(MAGIC) + 4
    size = int.from_bytes(data[len(MAGIC) : start], "little")
    try:
        lines = data[start : start + size].decode("utf-8").split("\n")
        return [line.split(" ", 1)[1] for line in lines], start + size
    except (ValueError, IndexError, UnicodeDecodeError):
        raise RateDataError(f"{name} is corrupt: its header cannot be read") from None


def _little_endian(values: array.array[int]) -> bytes:
    if sys.byteorder == "little":
        return values.tobytes()
    swapped = array.array(values.typecode, values)
    swapped.byteswap()
    return swapped.tobytes()


def _inflate(
    data: bytes, offset: int, length: int, typecode: str, count: int, name: str
) -> array.array[int]:
    values = array.array(typecode)
    try:
        values.frombytes(zlib.decompress(data[offset : offset + length]))
    except zlib.error as error:
        raise RateDataError(f"{name} is corrupt: {error}") from None
    if len(values) != count:
        raise RateDataError(f"{name} is corrupt: a column has {len(values)} values, not {count}")
    if sys.byteorder != "little":
        values.byteswap()
    return values


def _read_path(path: str) -> str | bytes:
    try:
        if path.lower().endswith(".zip"):
            return _read_zip(path)
        with open(path, "rb") as file:
            return file.read()
    except OSError as error:
        raise RateDataError(f"cannot read rates from {path}: {error.strerror}") from None
    except RateDataError:
        raise
    except ValueError:  # a name the system cannot hold, such as one with a NUL character
        raise RateDataError(f"cannot read rates from {path!r}: not a file name") from None


def _read_zip(path: str) -> bytes:
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            members = [m for m in archive.namelist() if m.lower().endswith(".csv")]
            if len(members) != 1:
                raise RateDataError(f"{path} should hold one CSV file, found {members}")
            return archive.read(members[0])
    except zipfile.BadZipFile as error:
        raise RateDataError(f"{path!r} is not a zip file the ECB sends ({error})") from None
