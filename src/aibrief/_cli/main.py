"""The ``aibrief`` command line: one subcommand per task (``aibrief tour``, ``aibrief convert``).

Each subcommand is a module of :mod:`aibrief._cli.commands`, registered in :data:`COMMANDS`: its
``configure`` adds its arguments to an :mod:`argparse` subparser, its ``run`` runs it and
returns the exit status. Bad input
prints one line to stderr, starting ``aibrief: error:``, and exits with status 2. Heavy modules
(the rate table, babel's locale data, pint, the built-in brief) are imported inside the
command that needs them, so ``aibrief convert`` and ``aibrief --help`` start fast.
"""

from __future__ import annotations

import argparse
import difflib
import sys
from collections.abc import Sequence
from typing import Final, NoReturn, Protocol

from aibrief._cli import options
from aibrief._cli.commands import check, convert, export, find, format, parse, rates, tour
from aibrief._cli.values import CommandError
from aibrief.errors import AibriefError

__all__ = ["main"]


class Command(Protocol):
    """A subcommand: a module of :mod:`aibrief._cli.commands`."""

    SUMMARY: str
    EXAMPLES: str

    def configure(self, parser: argparse.ArgumentParser) -> None: ...

    def run(self, args: argparse.Namespace) -> int: ...


#: The subcommands by name, in the order ``aibrief --help`` lists them.
COMMANDS: Final[dict[str, Command]] = {
    "tour": tour,
    "convert": convert,
    "parse": parse,
    "find": find,
    "format": format,
    "check": check,
    "export": export,
    "rates": rates,
}


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are a single line, like every other aibrief error."""

    def error(self, message: str) -> NoReturn:
        self.exit(options.USAGE_ERROR, f"aibrief: error: {message} (see {self.prog} --help)\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``aibrief`` command line and return its exit status.

    >>> from aibrief._cli.main import main
    >>> main(["format", "8000000000", "KRW", "--locale", "ko", "--style", "news"])
    80억원
    0
    """
    parser = _Parser(prog="aibrief", description="Typed, checkable facts about the AI industry.")
    parser.add_argument(
        "--version", action=rates.Version, nargs=0, help="print the version and the last rate date"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, command in COMMANDS.items():
        summary = command.SUMMARY
        command.configure(
            commands.add_parser(
                name,
                help=summary,
                description=summary[0].upper() + summary[1:] + ".",
                epilog=command.EXAMPLES,
                formatter_class=argparse.RawDescriptionHelpFormatter,
            )
        )
    args, unknown = parser.parse_known_args(argv)
    if unknown:
        # Reported by the command itself, so the hint names its own --help and options.
        _refuse_unknown(commands.choices[args.command], unknown)
    try:
        return COMMANDS[args.command].run(args)
    except (AibriefError, CommandError) as error:
        print(f"aibrief: error: {options.one_line(str(error))}", file=sys.stderr)
        return options.USAGE_ERROR
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
