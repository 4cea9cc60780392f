"""Checks on a downloaded ECB file before it may replace the rates held.

A file must be a sound zip holding one CSV in the ECB's layout (``Date,USD,JPY,...``, a
published day a line, the dates running one way) whose every rate is a positive decimal;
:func:`aibrief.rates.io.parse_csv` checks the rates. And it must not shrink what is held: end
earlier, drop a currency, drop a published day, or drop a rate that was published, unless the
caller forces it.
"""

from __future__ import annotations

import datetime
import io
import zlib
from collections.abc import Iterable, Sequence
from typing import Final

from aibrief.errors import RateDataError
from aibrief.rates.io import Columns

__all__ = ["MAX_CSV_BYTES", "check_dates_run_one_way", "growth_problems", "read_zip"]

#: The largest CSV accepted: the ECB's is about 2 MB; this refuses a zip bomb, not a real file.
MAX_CSV_BYTES: Final = 64 * 2**20
#: How many examples a problem names before it only counts.
_EXAMPLES = 3


def read_zip(data: bytes, *, name: str) -> list[str]:
    """The text lines of the one CSV inside the zip ``data``, every member's checksum checked."""
    # Imported here, as io.py does: zipfile loads bz2, lzma and shutil, which only updates need.
    import zipfile

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        message = f"{name} is not a valid zip file ({len(data):,} bytes): a download cut short, or not the ECB's eurofxref-hist.zip"
        raise RateDataError(message) from None
    with archive:
        members = [info for info in archive.infolist() if info.filename.lower().endswith(".csv")]
        if len(members) != 1:
            found = [info.filename for info in archive.infolist()]
            raise RateDataError(
                f"{name} should hold one CSV file (eurofxref-hist.csv); it holds {found}"
            )
        member = members[0]
        if member.file_size > MAX_CSV_BYTES:
            message = f"{name}: {member.filename} would unpack to {member.file_size:,} bytes; the ECB's file is about 2 MB"
            raise RateDataError(message)
        try:
            raw = archive.read(member)
        except (zipfile.BadZipFile, zlib.error, EOFError) as error:
            raise RateDataError(f"{name} is damaged: {error}") from None
    try:
        return raw.decode("utf-8-sig").splitlines()
    except UnicodeDecodeError as error:
        message = f"{name}: {member.filename} is not UTF-8 text (byte {error.start})"
        raise RateDataError(message) from None


def check_dates_run_one_way(lines: Sequence[str], *, name: str) -> None:
    """Refuse a file whose dates do not run one way, as a damaged or spliced file would.

    ``lines`` must already have been read by ``parse_csv`` (every date is valid ISO text, so
    the texts compare as the dates do). The ECB writes the newest day first.
    """
    header = next((n for n, line in enumerate(lines) if line.strip()), None)
    if header is None or not lines[header].startswith("Date,"):
        got = "" if header is None else lines[header][:40]
        message = f"{name} line 1 should be the ECB's header 'Date,USD,JPY,...', got {got!r}"
        raise RateDataError(message, line=1)
    direction = 0
    previous = ""
    for number, line in enumerate(lines[header + 1 :], start=header + 2):
        day = line.split(",", 1)[0].strip()
        if not day:
            continue
        step = (day > previous) - (day < previous) if previous else 0
        if previous and step != (direction or step):
            message = f"{name} line {number}: {day} is out of order after {previous}; the ECB's dates run one way, newest first"
            raise RateDataError(message, line=number)
        direction, previous = direction or step, day


def growth_problems(new: Columns, held: Columns) -> list[str]:
    """How ``new`` would shrink ``held``: an earlier end, or dropped currencies, days or rates."""
    problems = []
    new_last, held_last = new.days[-1], held.days[-1]
    if new_last < held_last:
        problems.append(f"it ends on {_day(new_last)}, before {_day(held_last)}")
    dropped = sorted(set(held.mantissas) - set(new.mantissas))
    if dropped:
        problems.append(f"it drops {_some(dropped)}, which the rates held have")
    where = {day: index for index, day in enumerate(new.days)}
    missing = [day for day in held.days if day not in where]
    if missing:
        problems.append(f"it drops {_count(missing, 'published day')}: {_some(map(_day, missing))}")
    lost = _lost_rates(new, held, where)
    if lost:
        problems.append(f"it drops {_count(lost, 'published rate')}: {_some(lost)}")
    return problems


def _lost_rates(new: Columns, held: Columns, where: dict[int, int]) -> list[str]:
    """Rates published in ``held`` that ``new`` gives as N/A on the same day ("USD on ...")."""
    lost = []
    for code in sorted(set(held.mantissas) & set(new.mantissas)):
        old_column, new_column = held.mantissas[code], new.mantissas[code]
        for index, day in enumerate(held.days):
            position = where.get(day)
            if old_column[index] and position is not None and not new_column[position]:
                lost.append(f"{code} on {_day(day)}")
    return lost


def _day(ordinal: int) -> str:
    return datetime.date.fromordinal(ordinal).isoformat()


def _count(items: Sequence[object], what: str) -> str:
    return f"{len(items):,} {what}{'' if len(items) == 1 else 's'}"


def _some(items: Iterable[object]) -> str:
    listed = list(items)
    shown = ", ".join(str(item) for item in listed[:_EXAMPLES])
    return shown + (f" and {len(listed) - _EXAMPLES:,} more" if len(listed) > _EXAMPLES else "")
