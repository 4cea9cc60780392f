"""``aibrief convert``: convert an amount at the exchange rate of a date (ECB reference rates, offline)."""

from __future__ import annotations

import argparse
import datetime
from typing import TYPE_CHECKING, Any

from aibrief._cli import options
from aibrief._cli.values import CommandError, conversion_json, conversion_lines
from aibrief._money.conversion import Conversion, convert
from aibrief._money.money import Money
from aibrief.errors import DateTypeError

if TYPE_CHECKING:
    from aibrief._dates.partial_date import PartialDate

SUMMARY = "convert an amount at the exchange rate of a date (ECB reference rates, offline)"
EXAMPLES = (
    "examples:\n  aibrief convert 5576000 USD KRW --on 2025-01-27\n"
    "  aibrief convert 5576000 USD KRW --on 2025-01-27 --significant 2\n"
    "  aibrief convert 100 USD KRW --on 2025-01-25 --missing next --json\n"
    "  aibrief convert 10000000000 CNY KRW --on 2019 --period range\n"
    "  aibrief convert 100 USD KRW --on 2025-01-27 --rates my-rates.csv --rates-base USD\n\n"
    "rates after the last ECB day shipped: aibrief rates update"
)

_FORMS = "YYYY-MM-DD such as 2025-01-27, or a month, quarter or year: 2019-05, 2019-Q2, 2019"
EXAMPLES = "examples:\n  aibrief convert 5576000 USD KRW --on 2025-01-27\n  aibrief convert 5,576,000 USD CNY --on 2025-01-27 --json\n  aibrief convert 100 USD KRW --on 2025-01-25 --missing next"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "amount", type=options.number, help="the amount, as digits: 5576000, 5,576,000 or 12.5"
    )
    parser.add_argument("source", metavar="FROM", help="ISO 4217 code of the amount, e.g. USD")
    parser.add_argument("target", metavar="TO", help="ISO 4217 code to convert to, e.g. KRW")
    parser.add_argument(
        "--on",
        required=True,
        metavar="DATE",
        help="the date whose rate to use: a day (YYYY-MM-DD), or a month, quarter or year "
        "(2019-05, 2019-Q2, 2019) for the average of its daily rates",
    )
    parser.add_argument(
        "--period",
        default="average",
        choices=["average", "range"],
        help="over a month, quarter or year: the average of the daily rates (default), or "
        "the range from the lowest to the highest",
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
    options.add_rounding(parser, "the result")
    options.add_rates(parser)
    options.add_json(parser)


def run(args: argparse.Namespace) -> int:
    money = Money(args.amount, args.source)
    rates = options.rate_source(args)
    conversion: Conversion[Any]
    on = _day(args.on)
    if on is not None and args.period == "average":
        conversion = convert(
            money,
            args.target,
            on=on,
            rates=rates,
            missing=args.missing,
            lookback_days=args.lookback_days,
        )
    else:
        # Periods and ranges need the converter of what news states (it builds an Approx).
        from aibrief._quantities.converting import convert as convert_stated

        if on is not None:
            raise CommandError(
                f"--period range needs --on a month, quarter or year (such as {args.on[:7]}, "
                f"{args.on[:4]}), not the day {args.on}"
            )
        period: PartialDate = _period(args.on)
        conversion = convert_stated(
            money,
            args.target,
            on=period,
            rates=rates,
            missing=args.missing,
            lookback_days=args.lookback_days,
            period=args.period,
        )
    rounding = {"significant": args.significant, "exact": args.exact}
    if args.json:
        options.print_json(conversion_json(conversion, **rounding))
    else:
        print("\n".join(conversion_lines(conversion, **rounding)))
    return 0


def _day(text: str) -> datetime.date | None:
    """The day ``text`` names in ISO form, or None for anything else (a period, or a typo)."""
    if len(text) != 10:
        return None
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        return None


def _period(text: str) -> PartialDate:
    from aibrief._dates.partial_date import PartialDate
    from aibrief.errors import InvalidPartialDateError

    try:
        return PartialDate.parse(text)
    except InvalidPartialDateError:
        message = f"--on {text!r} is not a date; expected {_FORMS}"
        raise DateTypeError(message, value=text) from None
