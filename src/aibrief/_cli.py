"""The ``aibrief`` command line: one subcommand per task (``aibrief convert ...``).

Each subcommand is a pair of functions registered in ``_COMMANDS``: one adds its arguments
to an :mod:`argparse` subparser, the other runs it and returns the exit status. Bad input
prints one line to stderr and exits with status 2. Heavy modules are imported inside the
command that needs them, so ``aibrief --help`` starts fast.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

__all__ = ["main"]

USAGE_ERROR = 2


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are a single line, like every other aibrief error."""

    def error(self, message: str) -> NoReturn:
        self.exit(USAGE_ERROR, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``aibrief`` command line and return its exit status.

    >>> from aibrief._cli import main
    >>> main(["convert", "100", "USD", "KRW", "--on", "2025-01-27"])
    100 USD = 143207.0275403608736942070275403609 KRW
    rate: 1432.070275403608736942070275403609 KRW per USD, published 2025-01-27
    source: European Central Bank euro foreign exchange reference rates (eurofxref-hist), retrieved ...
    0
    """
    parser = _Parser(prog="aibrief", description="Typed, checkable facts about the AI industry.")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, (summary, configure, _) in _COMMANDS.items():
        configure(commands.add_parser(name, help=summary, description=summary))
    args = parser.parse_args(argv)
    from aibrief.errors import AibriefError

    try:
        return _COMMANDS[args.command][2](args)
    except AibriefError as error:
        print(f"aibrief {args.command}: error: {error}", file=sys.stderr)
        return USAGE_ERROR


# aibrief convert


def _configure_convert(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("amount", help="the amount, as digits: 5576000 or 12.5")
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
        "--lookback-days", type=int, default=7, metavar="N", help="how far to look (default: 7)"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def _run_convert(args: argparse.Namespace) -> int:
    import datetime

    import aibrief as ab

    try:
        on = datetime.date.fromisoformat(args.on) if len(args.on) == 10 else None
    except ValueError:
        on = None
    if on is None:
        raise ab.DateTypeError(
            f"--on {args.on!r} is not a date; expected YYYY-MM-DD such as 2025-01-27", value=args.on
        )
    conversion = ab.convert(
        ab.Money(args.amount, args.source),
        args.target,
        on=on,
        missing=args.missing,
        lookback_days=args.lookback_days,
    )
    if args.json:
        print(_as_json(conversion))
    else:
        print(_as_text(conversion))
    return 0


def _as_text(conversion: object) -> str:
    from aibrief._convert import Conversion

    assert isinstance(conversion, Conversion)
    original, result = conversion.original, conversion.result
    how = {
        "published": "published",
        "previous": "last published before, on",
        "next": "next published after, on",
        "nearest": "nearest published day,",
        "interpolated": "interpolated for",
        "identity": "same currency,",
    }.get(conversion.method, f"{conversion.method},")
    return (
        f"{original} = {result}\n"
        f"rate: {conversion.rate:f} {result.currency} per {original.currency}, {how} {conversion.rate_date}\n"
        f"source: {conversion.source}"
    )


def _as_json(conversion: object) -> str:
    import json

    from aibrief._convert import Conversion

    assert isinstance(conversion, Conversion)
    return json.dumps(
        {
            "amount": f"{conversion.original.amount:f}",
            "from": conversion.original.currency,
            "to": conversion.result.currency,
            "result": f"{conversion.result.amount:f}",
            "rate": f"{conversion.rate:f}",
            "rate_date": conversion.rate_date.isoformat(),
            "method": conversion.method,
            "source": conversion.source,
        },
        ensure_ascii=False,
    )


# name -> (one-line summary, add arguments, run); later issues add tour, parse, format, ...
_COMMANDS: dict[
    str, tuple[str, Callable[[argparse.ArgumentParser], None], Callable[[argparse.Namespace], int]]
] = {
    "convert": (
        "convert an amount at the exchange rate of a date (ECB reference rates, offline)",
        _configure_convert,
        _run_convert,
    ),
}
