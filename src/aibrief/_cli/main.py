"""The ``aibrief`` command line: one subcommand per task (``aibrief tour``, ``aibrief convert``).

Each subcommand is a pair of functions registered in ``_COMMANDS``: one adds its arguments
to an :mod:`argparse` subparser, the other runs it and returns the exit status. Bad input
prints one line to stderr, starting ``aibrief: error:``, and exits with status 2. Heavy modules
(the rate table, babel's locale data, pint, the built-in brief) are imported inside the
command that needs them, so ``aibrief convert`` and ``aibrief --help`` start fast.
"""

from __future__ import annotations

import argparse
import difflib
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from aibrief._cli.values import (
    CommandError,
    conversion_json,
    conversion_lines,
    csv_text,
    jsonable,
    parsed_json,
    parsed_lines,
    rated_currency,
    typed_value,
)
from aibrief._core.types import LANGS
from aibrief._money.conversion import convert
from aibrief._money.money import Money
from aibrief.errors import AibriefError, DateTypeError

__all__ = ["main"]

#: Exit status of ``aibrief check`` when a claim is inconsistent.
INCONSISTENT = 1
#: Exit status for bad input: an unknown currency, a malformed date, an unreadable file, ...
USAGE_ERROR = 2
WIDTH = 80


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are a single line, like every other aibrief error."""

    def error(self, message: str) -> NoReturn:
        self.exit(USAGE_ERROR, f"aibrief: error: {message} (see {self.prog} --help)\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``aibrief`` command line and return its exit status.

    >>> from aibrief._cli.main import main
    >>> main(["format", "8000000000", "KRW", "--locale", "ko", "--style", "news"])
    80억원
    0
    """
    parser = _Parser(prog="aibrief", description="Typed, checkable facts about the AI industry.")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, (summary, epilog, configure, _) in _COMMANDS.items():
        configure(
            commands.add_parser(
                name,
                help=summary,
                description=summary[0].upper() + summary[1:] + ".",
                epilog=epilog,
                formatter_class=argparse.RawDescriptionHelpFormatter,
            )
        )
    args, unknown = parser.parse_known_args(argv)
    if unknown:
        # Reported by the command itself, so the hint names its own --help and options.
        _refuse_unknown(commands.choices[args.command], unknown)
    try:
        return _COMMANDS[args.command][3](args)
    except (AibriefError, CommandError) as error:
        print(f"aibrief: error: {_one_line(str(error))}", file=sys.stderr)
        return USAGE_ERROR
    except BrokenPipeError:
        # The reader stopped early (aibrief tour | head): silence the flush at exit.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


def _refuse_unknown(command: argparse.ArgumentParser, unknown: list[str]) -> NoReturn:
    message = f"unrecognized arguments: {' '.join(unknown)}"
    options = [option for action in command._actions for option in action.option_strings]
    given = unknown[0].split("=")[0]
    # format speaks of a babel locale where the other commands speak of a language.
    alias = {"--lang": "--locale", "--locale": "--lang"}.get(given)
    close = [alias] if alias in options else difflib.get_close_matches(given, options, 1, 0.8)
    command.error(f"{message}; did you mean {close[0]}?" if close else message)


# --- aibrief tour ---------------------------------------------------------------------------


def _configure_tour(parser: argparse.ArgumentParser) -> None:
    _add_lang(parser, "language of the summaries, names and explanations")
    parser.add_argument(
        "--currency",
        metavar="CODE",
        help="also show each amount of money in this currency (ISO 4217, e.g. USD, KRW, CNY), "
        "at the ECB rate of the fact's date, or of the publication date when the fact is not "
        "dated to a day",
    )
    _add_width(parser)
    _add_json(parser)


def _run_tour(args: argparse.Namespace) -> int:
    # Each command imports what only it needs, so `aibrief convert` and `--help` start fast.
    from aibrief import datasets
    from aibrief._display.tour import tour_json, tour_lines

    currency = rated_currency(args.currency) if args.currency else None
    brief = datasets.deepseek()
    if args.json:
        _print_json(tour_json(brief, lang=args.lang, currency=currency))
    else:
        print("\n".join(tour_lines(brief, lang=args.lang, currency=currency, width=args.width)))
    return 0


# --- aibrief convert --------------------------------------------------------------------------


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
    _add_json(parser)


def _run_convert(args: argparse.Namespace) -> int:
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
        _print_json(conversion_json(conversion))
    else:
        print("\n".join(conversion_lines(conversion)))
    return 0


# --- aibrief parse and aibrief format ---------------------------------------------------------


def _configure_parse(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("text", help="text holding one amount, e.g. '557만6000달러(약 80억원)'")
    parser.add_argument(
        "--lang", choices=LANGS, help="language of the text (default: told from its script)"
    )
    _add_json(parser)


def _run_parse(args: argparse.Namespace) -> int:
    from aibrief._reading.parsing import parse_amount

    parsed = parse_amount(args.text, lang=args.lang)
    if args.json:
        _print_json(parsed_json(parsed))
    else:
        print("\n".join(parsed_lines(parsed)))
    return 0


def _configure_format(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("value", help="the number, as digits: 8000000000 or 5.576")
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
    _add_json(parser)


def _run_format(args: argparse.Namespace) -> int:
    from aibrief._writing.formatting import format_amount

    value = typed_value(args.value, args.code, args.qualifier)
    text = format_amount(value, locale=args.locale, style=args.style, spacing=args.spacing)
    if args.json:
        _print_json({"text": text, "locale": args.locale, "style": args.style})
    else:
        print(text)
    return 0


# --- aibrief check and aibrief export ---------------------------------------------------------


def _configure_check(parser: argparse.ArgumentParser) -> None:
    _add_file(parser)
    _add_lang(parser, "language of the table and explanations")
    _add_width(parser)
    _add_json(parser)


def _run_check(args: argparse.Namespace) -> int:
    from aibrief._claims.checker import check_claims
    from aibrief._cli.briefs import load_brief
    from aibrief._display.claim_table import claim_json, claim_lines, summary_line

    checks = check_claims(load_brief(args.file))
    if args.json:
        _print_json({"claims": [claim_json(check, args.lang) for check in checks]})
    else:
        lines = [summary_line(checks, lang=args.lang), ""]
        print("\n".join(lines + claim_lines(checks, lang=args.lang, width=args.width)))
    return INCONSISTENT if any(check.verdict == "inconsistent" for check in checks) else 0


def _configure_export(parser: argparse.ArgumentParser) -> None:
    _add_file(parser)
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
        help="a fact kind or entity type, e.g. market_move, statistic, organization",
    )
    parser.add_argument("--json", action="store_true", help="the same as --format json")


def _run_export(args: argparse.Namespace) -> int:
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
    records = brief.to_records(args.kind)
    if fmt == "csv":
        sys.stdout.write(csv_text(records))
    else:
        _print_json(jsonable(records))
    return 0


# --- Shared options and helpers ---------------------------------------------------------------


def _add_lang(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("--lang", choices=LANGS, default="en", help=f"{what} (default: en)")


def _add_width(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--width", type=int, default=WIDTH, metavar="N", help=f"table width (default: {WIDTH})"
    )


def _add_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")


def _add_file(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file",
        nargs="?",
        metavar="FILE",
        help="a brief JSON file (aibrief.brief format; - for stdin); default: the built-in "
        "DeepSeek brief",
    )


def _print_json(data: Any) -> None:
    import json

    print(json.dumps(data, ensure_ascii=False, indent=2))


def _one_line(message: str) -> str:
    """A multi-line message (a list of problems) joined into one line."""
    lines = [line.strip() for line in message.splitlines() if line.strip()]
    if not lines:
        return message
    return lines[0] + (" " + "; ".join(lines[1:]) if len(lines) > 1 else "")


_Configure = Callable[[argparse.ArgumentParser], None]
_Run = Callable[[argparse.Namespace], int]

# name -> (one-line summary, examples shown by --help, add arguments, run)
_COMMANDS: dict[str, tuple[str, str, _Configure, _Run]] = {
    "tour": (
        "the built-in DeepSeek brief as a timeline, then the check of its claims",
        "examples:\n  aibrief tour\n  aibrief tour --lang ko --currency KRW\n"
        "  aibrief tour --lang zh --currency CNY --json",
        _configure_tour,
        _run_tour,
    ),
    "convert": (
        "convert an amount at the exchange rate of a date (ECB reference rates, offline)",
        "examples:\n  aibrief convert 5576000 USD KRW --on 2025-01-27\n"
        "  aibrief convert 100 USD KRW --on 2025-01-25 --missing next --json",
        _configure_convert,
        _run_convert,
    ),
    "parse": (
        "read one amount as Korean, Chinese or English news writes it",
        "examples:\n  aibrief parse '557만6000달러(약 80억원)'\n  aibrief parse '约合人民币4亿元' --json",
        _configure_parse,
        _run_parse,
    ),
    "format": (
        "write an amount for a locale: babel's standard or compact format, or news copy",
        "examples:\n  aibrief format 8000000000 KRW --locale ko --style news\n"
        "  aibrief format 5576000 USD --locale en --style news --qualifier about",
        _configure_format,
        _run_format,
    ),
    "check": (
        "check the claims of a brief: stated currency equivalences, ratios and rankings",
        "exit status: 0 when no claim is inconsistent (unverifiable ones do not count), 1 when\n"
        "at least one is, 2 on bad input.\n\n"
        "examples:\n  aibrief check\n  aibrief check brief.json --lang ko\n  aibrief check --json",
        _configure_check,
        _run_check,
    ),
    "export": (
        "write a brief as JSON, or the records of one kind as JSON or CSV, to stdout",
        "examples:\n  aibrief export > deepseek.json\n"
        "  aibrief export --format csv --kind market_move\n  aibrief export brief.json --kind statistic --json",
        _configure_export,
        _run_export,
    ),
}
