"""``aibrief parse``: read one amount as Korean, Chinese or English news writes it."""

from __future__ import annotations

import argparse

from aibrief._cli import options
from aibrief._cli.values import parsed_json, parsed_lines
from aibrief._core.types import LANGS

SUMMARY = "read one amount as Korean, Chinese or English news writes it"
EXAMPLES = "examples:\n  aibrief parse '557만6000달러(약 80억원)'\n  aibrief parse '约合人民币4亿元' --json"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("text", help="text holding one amount, e.g. '557만6000달러(약 80억원)'")
    parser.add_argument(
        "--lang", choices=LANGS, help="language of the text (default: told from its script)"
    )
    options.add_json(parser)


def run(args: argparse.Namespace) -> int:
    from aibrief._reading.parsing import parse_amount

    parsed = parse_amount(args.text, lang=args.lang)
    if args.json:
        options.print_json(parsed_json(parsed))
    else:
        print("\n".join(parsed_lines(parsed)))
    return 0
