"""The ``aibrief`` command line: one subcommand per task (``aibrief tour``, ``aibrief convert``).

Each subcommand is a module of :mod:`aibrief._cli.commands`, registered in :data:`COMMANDS`: its
``configure`` adds its arguments to an :mod:`argparse` subparser, its ``run`` runs it and
returns the exit status. The command never prints a traceback: bad input prints one line to
stderr, starting ``aibrief: error:``, and exits with status 2; an error inside aibrief itself
prints one line asking for a report and exits with status 3 (``--debug`` adds the traceback);
1 is kept for ``aibrief check``'s "a claim is inconsistent". Heavy modules
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
    _add_debug(parser, default=False)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, command in COMMANDS.items():
        summary = command.SUMMARY
        subparser = commands.add_parser(
            name,
            help=summary,
            description=summary[0].upper() + summary[1:] + ".",
            epilog=command.EXAMPLES,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        command.configure(subparser)
        _add_debug(subparser, default=argparse.SUPPRESS)  # after the command's name too
    args, unknown = parser.parse_known_args(argv)
    if unknown:
        # Reported by the command itself, so the hint names its own --help and options.
        _refuse_unknown(commands.choices[args.command], unknown)
    try:
        return COMMANDS[args.command].run(args)
    except (AibriefError, CommandError) as error:
        print(f"aibrief: error: {options.one_line(_shorten(str(error)))}", file=sys.stderr)
        return options.USAGE_ERROR
    except BrokenPipeError:
        # The reader stopped early (aibrief tour | head): silence the flush at exit.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except Exception as error:  # a bug in aibrief: one line, the traceback only when asked
        return _internal_error(error, debug=args.debug)


def _add_debug(parser: argparse.ArgumentParser, *, default: object) -> None:
    parser.add_argument(
        "--debug",
        action="store_true",
        default=default,
        help="print the traceback of an internal error (to report it)",
    )


def _internal_error(error: Exception, *, debug: bool) -> int:
    if debug:
        import traceback

        traceback.print_exception(error, file=sys.stderr)
    where = "" if debug else "; run it again with --debug for the traceback"
    print(
        f"aibrief: internal error: {type(error).__name__}: {_shorten(str(error))}; this is a "
        f"bug in aibrief, please report it with the command you ran{where}",
        file=sys.stderr,
    )
    return options.INTERNAL_ERROR


def _shorten(message: str) -> str:
    # An error may quote a megabyte of input; one line of the terminal is about 1,000 characters.
    return message if len(message) <= 1000 else f"{message[:600]} ... {message[-300:]}"


def _refuse_unknown(command: argparse.ArgumentParser, unknown: list[str]) -> NoReturn:
    message = f"unrecognized arguments: {' '.join(unknown)}"
    options = [option for action in command._actions for option in action.option_strings]
    given = unknown[0].split("=")[0]
    # format speaks of a babel locale where the other commands speak of a language.
    alias = {"--lang": "--locale", "--locale": "--lang"}.get(given)
    close = [alias] if alias in options else difflib.get_close_matches(given, options, 1, 0.8)
    command.error(f"{message}; did you mean {close[0]}?" if close else message)
