"""``aibrief tour``: the built-in DeepSeek brief as a timeline, then the check of its claims."""

from __future__ import annotations

import argparse

from aibrief._cli import options
from aibrief._cli.values import rated_currency

SUMMARY = "the built-in DeepSeek brief as a timeline, then the check of its claims"
EXAMPLES = "examples:\n  aibrief tour\n  aibrief tour --lang ko --currency KRW\n  aibrief tour --lang zh --currency CNY --json"


def configure(parser: argparse.ArgumentParser) -> None:
    options.add_lang(parser, "language of the summaries, names and explanations")
    parser.add_argument(
        "--currency",
        metavar="CODE",
        help="also show each amount of money in this currency (ISO 4217, e.g. USD, KRW, CNY), "
        "at the ECB rate of the fact's date, or of the publication date when the fact is not "
        "dated to a day",
    )
    options.add_width(parser)
    options.add_json(parser)


def run(args: argparse.Namespace) -> int:
    # Each command imports what only it needs, so `aibrief convert` and `--help` start fast.
    from aibrief import datasets
    from aibrief._display.tour import tour_json, tour_lines

    brief = datasets.deepseek()
    with options.plain_warnings():  # a skipped rate cache, as one line
        currency = rated_currency(args.currency) if args.currency else None
        if args.json:
            options.print_json(tour_json(brief, lang=args.lang, currency=currency))
        else:
            lines = tour_lines(brief, lang=args.lang, currency=currency, width=args.width)
            print("\n".join(lines))
    return 0
