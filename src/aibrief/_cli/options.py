"""What the subcommands share: their common options, JSON output and exit statuses."""

from __future__ import annotations

import argparse
import decimal
import json
import re
import sys
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final

from aibrief._core.decimal import EXACT, to_decimal
from aibrief._core.types import LANGS
from aibrief.errors import InvalidAmountError

if TYPE_CHECKING:
    from aibrief.rates.sources import RateSource

#: Exit status of ``aibrief check`` when a claim is inconsistent.
INCONSISTENT: Final = 1
#: Exit status for bad input: an unknown currency, a malformed date, an unreadable file, ...
USAGE_ERROR: Final = 2
#: Exit status for an error inside aibrief itself (a bug): one line asks the user to report it.
INTERNAL_ERROR: Final = 3
#: The default width of tables.
WIDTH: Final = 80
#: The narrowest table the commands draw: every column keeps room for a short word.
MIN_WIDTH: Final = 40

# A number as a person types it: digits, grouped by commas in threes or not at all, with an
# optional sign, decimal point and exponent. Anything else is refused, never guessed at.
_NUMBER: Final = re.compile(
    r"[+-]?(?:\d{1,3}(?:,\d{3})+(?:\.\d*)?|\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?"
)
_NUMBER_FORMS: Final = "digits grouped by commas in threes or not at all, with an optional sign, decimal point and exponent: 5576000, 5,576,000, -12.5 or 1e3"


def add_lang(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("--lang", choices=LANGS, default="en", help=f"{what} (default: en)")


def add_width(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--width",
        type=whole_number(MIN_WIDTH, "columns", example=WIDTH),
        default=WIDTH,
        metavar="N",
        help=f"table width in columns, at least {MIN_WIDTH} (default: {WIDTH})",
    )


def add_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")


def add_file(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file",
        nargs="?",
        metavar="FILE",
        help="a brief JSON file (aibrief.brief format; - for stdin); default: the built-in "
        "DeepSeek brief",
    )


def add_rates(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--rates",
        metavar="FILE",
        help="a CSV of dated rates (Date,USD,KRW,... one row a day, units per one --rates-base), "
        "tried before the ECB rates",
    )
    parser.add_argument(
        "--rates-base",
        metavar="CODE",
        default="EUR",
        help="the currency the --rates file quotes against (default: EUR, as the ECB does)",
    )


def rate_source(args: argparse.Namespace) -> RateSource:
    """The ECB rates in use, after the ``--rates`` file when one is given."""
    from aibrief.rates.current import ecb
    from aibrief.rates.sources import chain
    from aibrief.rates.table import RateTable

    with plain_warnings():
        table = ecb()
    if args.rates is None:
        return table
    mine = RateTable.from_csv(args.rates, base=args.rates_base, source=f"rates from {args.rates}")
    return chain(mine, table)


@contextmanager
def plain_warnings() -> Iterator[None]:
    """Print the block's warnings as one line each, ``aibrief: warning: ...``, on stderr."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            yield
        finally:
            for warning in caught:
                print(f"aibrief: warning: {one_line(str(warning.message))}", file=sys.stderr)


def add_rounding(parser: argparse.ArgumentParser, what: str) -> None:
    """--significant N or --exact; by default amounts are rounded to the currency's minor unit."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--significant",
        type=int,
        metavar="N",
        help=f"round {what} to N significant digits, as news does (2: 약 80억원)",
    )
    group.add_argument(
        "--exact",
        action="store_true",
        help=f"print every digit of {what} (default: rounded half-even to the currency's "
        "minor unit, so no .00 on KRW or JPY)",
    )


def number(text: str) -> Decimal:
    """A number argument: ``5576000``, ``5,576,000``, ``-12.5`` or ``1e3``, exactly.

    >>> from aibrief._cli.options import number
    >>> number("5,576,000"), number("1e3")
    (Decimal('5576000'), Decimal('1E+3'))
    >>> number("1,00")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: '1,00' is not a number; expected digits grouped by commas in threes or not at all, with an optional sign, decimal point and exponent: 5576000, 5,576,000, -12.5 or 1e3
    """
    if not _NUMBER.fullmatch(text.strip()):
        hint = ""
        if any(not char.isascii() for char in text):
            hint = f"; to read an amount as news writes it, use: aibrief parse {text!r}"
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a number; expected {_NUMBER_FORMS}{hint}"
        )
    try:
        return to_decimal(text.strip().replace(",", ""), name="number")
    except InvalidAmountError as error:  # outside the bound on amounts (10^-40 to 10^40)
        raise argparse.ArgumentTypeError(str(error)) from None


def whole_number(
    minimum: int, what: str, *, example: int, maximum: int = 100_000
) -> Callable[[str], int]:
    """An argument type: a whole number of ``what`` from ``minimum`` to ``maximum``.

    >>> from aibrief._cli.options import whole_number
    >>> whole_number(40, "columns", example=80)("1,000")
    1000
    >>> whole_number(40, "columns", example=80)("20")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: 20 is too few columns; expected a whole number of columns from 40 to 100,000, such as 80
    """
    expected = (
        f"expected a whole number of {what} from {minimum:,} to {maximum:,}, such as {example}"
    )

    def parse(text: str) -> int:
        if not _NUMBER.fullmatch(text.strip()):
            raise argparse.ArgumentTypeError(f"{text!r} is not a number; {expected}")
        try:  # not number(): a count far outside the bound on amounts is still "too many"
            value = EXACT.create_decimal(text.strip().replace(",", ""))
        except decimal.Overflow:
            value = Decimal("-Infinity" if text.strip().startswith("-") else "Infinity")
        if value < minimum:
            raise argparse.ArgumentTypeError(f"{text} is too few {what}; {expected}")
        if value > maximum:  # checked before int(): 1e999999999 would take minutes to expand
            raise argparse.ArgumentTypeError(f"{text} is too many {what}; {expected}")
        if value != value.to_integral_value(context=EXACT):
            raise argparse.ArgumentTypeError(f"{text} is not a whole number; {expected}")
        return int(value)

    return parse


def print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def one_line(message: str) -> str:
    """A multi-line message (a list of problems) joined into one line."""
    lines = [line.strip() for line in message.splitlines() if line.strip()]
    if not lines:
        return message
    return lines[0] + (" " + "; ".join(lines[1:]) if len(lines) > 1 else "")
