"""``aibrief export``: write a brief as JSON, or the records of one kind as JSON or CSV, to stdout."""

from __future__ import annotations

import argparse
import sys

from aibrief._cli import options
from aibrief._cli.values import CommandError, csv_text, jsonable

SUMMARY = "write a brief as JSON, or the records of one kind as JSON or CSV, to stdout"
EXAMPLES = "examples:\n  aibrief export > deepseek.json\n  aibrief export --format csv --kind market_move\n  aibrief export brief.json --kind 'stated age' --json"


def configure(parser: argparse.ArgumentParser) -> None:
    options.add_file(parser)
    parser.add_argument(
        "--format",
        dest="format",
        choices=["json", "csv"],
        default="json",
        help="json: the brief as a document, or the rows of --kind; csv: the rows of --kind",
    )
    parser.add_argument(
        "--kind",
        metavar="KIND",
        help="a fact kind or entity type, e.g. market_move, statistic, organization; the "
        "labels of aibrief tour name kinds too: 'stated age', '나이', '年龄'",
    )
    parser.add_argument("--json", action="store_true", help="the same as --format json")


def run(args: argparse.Namespace) -> int:
    from aibrief._cli.briefs import load_brief

    brief = load_brief(args.file)
    fmt = "json" if args.json else args.format
    if args.kind is None:
        if fmt == "csv":
            raise CommandError(
                "--format csv needs --kind KIND, as each kind has its own columns; "
                "e.g. aibrief export --format csv --kind market_move"
            )
        print(brief.to_json())
        return 0
    records = brief.to_records(_kind(args.kind))
    if fmt == "csv":
        sys.stdout.write(csv_text(records))
    else:
        options.print_json(jsonable(records))
    return 0


def _kind(name: str) -> str:
    # The tour's labels, in any of its languages, name the same kinds as the tags.
    from aibrief._display.tour_words import kind_tag

    return kind_tag(name) or name
