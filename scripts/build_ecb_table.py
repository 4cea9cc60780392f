"""Regenerate aibrief's embedded ECB rate table from the ECB's eurofxref-hist.zip.

The European Central Bank publishes its euro foreign exchange reference rates, every
published day since 1999-01-04, as https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip
(one CSV: header ``Date,USD,JPY,...``, ``N/A`` for a rate not published, a trailing comma on
every line). This script packs that file into ``src/aibrief/_data/eurofxref.bin``.

Usage::

    python scripts/build_ecb_table.py --download
    python scripts/build_ecb_table.py path/to/eurofxref-hist.zip --retrieved 2026-10-30

``--retrieved`` records when the file was fetched from the ECB (default: the date stamped on
the CSV inside the zip, or today when downloading). It becomes part of the table's source.
"""

from __future__ import annotations

import argparse
import datetime
import sys
import tempfile
import urllib.request
import zipfile
from pathlib import Path

from aibrief.rates.io import open_lines, pack, parse_csv, unpack

ECB_URL = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip"
OUTPUT = Path(__file__).resolve().parent.parent / "src" / "aibrief" / "_data" / "eurofxref.bin"
SOURCE = "European Central Bank euro foreign exchange reference rates (eurofxref-hist), retrieved {retrieved}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", nargs="?", help="eurofxref-hist.zip or its CSV")
    parser.add_argument("--download", action="store_true", help=f"fetch {ECB_URL} first")
    parser.add_argument("--retrieved", type=datetime.date.fromisoformat, help="YYYY-MM-DD")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    if args.download == bool(args.input):
        parser.error("give either a path to eurofxref-hist.zip or --download")
    path = _download() if args.download else args.input
    retrieved = args.retrieved or _stamped_date(path) or datetime.date.today()
    lines, name = open_lines(path)
    columns = parse_csv(lines, base="EUR", source=SOURCE.format(retrieved=retrieved), name=name)
    data = pack(columns)
    if unpack(data) != columns:
        raise SystemExit("packed table does not read back identically; not written")
    args.output.write_bytes(data)
    first = datetime.date.fromordinal(columns.days[0])
    last = datetime.date.fromordinal(columns.days[-1])
    print(
        f"wrote {args.output} ({len(data):,} bytes): {len(columns.days)} days {first} to {last},"
        f" {len(columns.mantissas)} currencies against EUR; source: {columns.source!r}"
    )
    return 0


def _download() -> str:
    target = Path(tempfile.mkdtemp()) / "eurofxref-hist.zip"
    with urllib.request.urlopen(ECB_URL, timeout=60) as response:
        target.write_bytes(response.read())
    return str(target)


def _stamped_date(path: str) -> datetime.date | None:
    """The modification date ECB's server stamps on the CSV inside the zip, if any."""
    if not path.lower().endswith(".zip"):
        return None
    with zipfile.ZipFile(path) as archive:
        year, month, day, *_ = archive.infolist()[0].date_time
    return datetime.date(year, month, day)


if __name__ == "__main__":
    sys.exit(main())
