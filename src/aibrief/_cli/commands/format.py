"""``aibrief format``: write an amount for a locale: babel's standard or compact format, or news copy."""

from __future__ import annotations

import argparse
from typing import Any

from aibrief._cli import options
from aibrief._cli.values import shown_money, typed_value
from aibrief._core.decimal import to_decimal
from aibrief._money.money import Money
from aibrief._quantities.approx import Approx

SUMMARY = "write an amount for a locale: babel's standard or compact format, or news copy"
EXAMPLES = "examples:\n  aibrief format 8000000000 KRW --locale ko --style news\n  aibrief format 7985223855.65 KRW --locale zh --style news --significant 2\n  aibrief format 5576000 USD --locale en --style news --qualifier about"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "value",
        type=options.number,
        help="the number, as digits: 8000000000, 8,000,000,000 or 5.576",
    )
    parser.add_argument(
        "code",
        nargs="?",
        metavar="CURRENCY_OR_UNIT",
        help="ISO 4217 currency code (KRW) or a unit (percent, person, token); none for a number",
    )
    parser.add_argument(
        "--locale", default="en", help="babel locale, e.g. ko, zh, en_US, de (default: en)"
    )
    parser.add_argument(
        "--style",
        default="standard",
        choices=["standard", "compact", "news"],
        help="babel's standard or compact format, or news copy (ko, zh, en only; default: standard)",
    )
    parser.add_argument(
        "--spacing",
        default="compact",
        choices=["compact", "standard"],
        help="Korean news spacing: 80억원 (compact, default) or 80억 원 (standard)",
    )
    parser.add_argument(
        "--qualifier",
        default="exact",
        choices=["exact", "about", "over", "at_least", "nearly", "under", "up_to"],
        help="write the value as approximate, e.g. about: 약 80억원 (default: exact)",
    )
    options.add_rounding(parser, "an amount of money")
    options.add_json(parser)


def run(args: argparse.Namespace) -> int:
    from aibrief._writing.formatting import format_amount

    value = typed_value(args.value, args.code, args.qualifier)
    shown = value
    if args.significant is None and not args.exact:
        # Money is written to its currency's minor unit, as a person writes it ("80억원", not
        # "80억원" plus won fractions); other values keep every digit.
        shown = _to_minor_unit(value)
    text = format_amount(
        shown,
        locale=args.locale,
        style=args.style,
        spacing=args.spacing,
        significant=args.significant,
    )
    if args.json:
        exact = f"{to_decimal(args.value, name='value'):f}"
        data = {"text": text, "value": exact, "locale": args.locale, "style": args.style}
        options.print_json(data)
    else:
        print(text)
    return 0


def _to_minor_unit(value: Any) -> Any:
    if isinstance(value, Money):
        return shown_money(value, significant=None, exact=False)
    if isinstance(value, Approx) and isinstance(value.value, Money):
        return Approx(shown_money(value.value, significant=None, exact=False), value.qualifier)
    return value
