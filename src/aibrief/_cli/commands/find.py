"""``aibrief find``: every amount mentioned in a text, as a table, JSON or CSV.

It reads each file (``-`` for stdin) whole and lists what :func:`aibrief.find_amounts` finds
in it. Over many files it shows its progress on the terminal, on stderr and only when stderr is
a terminal, so that a pipe or a log gets the results alone.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from aibrief._cli import options
from aibrief._cli.values import CommandError, csv_text, mention_record
from aibrief._core.types import LANGS

SUMMARY = "list every amount mentioned in a text: value, unit or currency, bounds, direction"
EXAMPLES = (
    "examples:\n  aibrief find article.txt\n  aibrief find - --locale zh_CN < news.txt\n"
    "  aibrief find *.txt --default-currency KRW --csv > mentions.csv"
)

# The table's columns: header, record field, and how wide a cell may grow.
_COLUMNS = [
    ("span", None, 11),
    ("text", "text", 30),
    ("value", "value", 22),
    ("unit", None, 12),
    ("qualifier", None, 24),
    ("change", "direction", 6),
    ("stated as", "equivalent", 22),
]


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE", help="text files to read (- for stdin)")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print the mentions as JSON")
    output.add_argument("--csv", action="store_true", help="print the mentions as CSV")
    parser.add_argument(
        "--lang", choices=LANGS, help="language of the text (default: told from its script)"
    )
    parser.add_argument(
        "--locale",
        metavar="LOCALE",
        help="a babel locale that says which currency a shared sign means (zh_CN: ¥ is CNY)",
    )
    parser.add_argument(
        "--default-currency",
        metavar="CODE",
        help="the currency of bare figures such as '700억' in a headline",
    )
    options.add_width(parser)


def run(args: argparse.Namespace) -> int:
    from aibrief._reading.parsing import find_amounts

    records: list[dict[str, Any]] = []
    progress = _Progress(len(args.files), sys.stderr)
    for index, name in enumerate(args.files):
        progress.show(index, name)
        text = _read(name)
        found = find_amounts(
            text, lang=args.lang, locale=args.locale, default_currency=args.default_currency
        )
        source = name if len(args.files) > 1 else None
        records += [mention_record(mention, source) for mention in found]
    progress.done()
    if args.json:
        options.print_json(records)
    elif args.csv:
        sys.stdout.write(csv_text(records))
    else:
        print("\n".join(_table(records, args.width, many=len(args.files) > 1)))
    return 0


def _read(name: str) -> str:
    try:
        if name == "-":
            return sys.stdin.read()
        return Path(name).read_text(encoding="utf-8")
    except OSError as error:
        raise CommandError(f"cannot read {name!r}: {error.strerror}") from None
    except UnicodeDecodeError:
        raise CommandError(f"{name!r} is not UTF-8 text") from None
    except ValueError:  # a name the system cannot hold, such as one with a NUL character
        raise CommandError(f"cannot read {name!r}: not a file name") from None


def _table(records: list[dict[str, Any]], width: int, *, many: bool) -> list[str]:
    from aibrief._display.table import Column, render

    if not records:
        return ["no amounts found"]
    columns = [Column(header, max_width=size) for header, _, size in _COLUMNS]
    rows = [[_cell(record, header, field) for header, field, _ in _COLUMNS] for record in records]
    if many:
        columns.insert(0, Column("file", max_width=20, overflow="truncate"))
        for row, record in zip(rows, records, strict=True):
            row.insert(0, record["file"])
    return render(columns, rows, width=width)


def _cell(record: dict[str, Any], header: str, field: str | None) -> str:
    if header == "span":
        return f"{record['start']}-{record['end']}"
    if header == "unit":
        what = record["currency"] or record["unit"] or ""
        if record["currency_options"]:
            what = "? " + record["currency_options"].replace(" ", "/")
        return f"{what} per {record['per']}" if record["per"] else what
    if header == "qualifier":
        return _bounds(record)
    value = record[field] if field is not None else None
    return "" if value is None else str(value)


def _bounds(record: dict[str, Any]) -> str:
    """The qualifier and the interval it implies: "up_to (-inf, -5]"."""
    low, high = record["low"], record["high"]
    if record["kind"] == "amount" and record["qualifier"] == "exact":
        return "exact"
    opening = "(" if low is None or record["low_open"] else "["
    closing = ")" if high is None or record["high_open"] else "]"
    interval = f"{opening}{low or '-inf'}, {high or 'inf'}{closing}"
    return f"{record['qualifier'] or 'vague'} {interval}"


class _Progress:
    """ "reading 3/120: name" on one terminal line, rewritten as files go by."""

    def __init__(self, total: int, stream: TextIO) -> None:
        self.total = total
        self.stream = stream
        self.shown = total > 1 and stream.isatty()

    def show(self, index: int, name: str) -> None:
        if self.shown:
            self.stream.write(f"\r\x1b[Kreading {index + 1}/{self.total}: {name}")
            self.stream.flush()

    def done(self) -> None:
        if self.shown:
            self.stream.write(f"\r\x1b[Kread {self.total} files\n")
            self.stream.flush()
