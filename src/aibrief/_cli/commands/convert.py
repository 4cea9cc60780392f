"""``aibrief convert``: convert an amount at the exchange rate of a date (ECB reference rates, offline)."""

from __future__ import annotations

import argparse

from aibrief._cli import options
from aibrief._cli.values import conversion_json, conversion_lines
from aibrief._money.conversion import convert
from aibrief._money.money import Money
from aibrief.errors import DateTypeError

SUMMARY = "convert an amount at the exchange rate of a date (ECB reference rates, offline)"
EXAMPLES = "examples:\n  aibrief convert 5576000 USD KRW --on 2025-01-27\n  aibrief convert 5,576,000 USD CNY --on 2025-01-27 --json\n  aibrief convert 100 USD KRW --on 2025-01-25 --missing next"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "amount", type=options.number, help="the amount, as digits: 5576000, 5,576,000 or 12.5"
    )
    parser.add_argument("source", metavar="FROM", help="ISO 4217 code of the amount, e.g. USD")
    parser.add_argument("target", metavar="TO", help="ISO 4217 code to convert to, e.g. KRW")
    parser.add_argument(
        "--on", required=True, metavar="YYYY-MM-DD", help="the date whose rate to use"
    )
    parser.add_argument(
        "--missing",
        default="previous",
        choices=["previous", "next", "nearest", "interpolate", "error"],
        help="what to do when no rate was published that day (default: previous)",
    )
    parser.add_argument(
        "--lookback-days",
        type=options.whole_number(0, "days", example=7),
        default=7,
        metavar="N",
        help="how many days to look for a published rate (default: 7)",
    )
    options.add_json(parser)


def run(args: argparse.Namespace) -> int:
    import datetime

    try:
        on = datetime.date.fromisoformat(args.on) if len(args.on) == 10 else None
    except ValueError:
        on = None
    if on is None:
        raise DateTypeError(
            f"--on {args.on!r} is not a date; expected YYYY-MM-DD such as 2025-01-27",
            value=args.on,
        )
    conversion = convert(
        Money(args.amount, args.source),
        args.target,
        on=on,
        missing=args.missing,
        lookback_days=args.lookback_days,
    )
    if args.json:
        options.print_json(conversion_json(conversion))
    else:
        print("\n".join(conversion_lines(conversion)))
    return 0
