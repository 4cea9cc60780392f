"""What the subcommands share: their common options, JSON output and exit statuses."""

from __future__ import annotations

import argparse
import json
from typing import Any, Final

from aibrief._core.types import LANGS

#: Exit status of ``aibrief check`` when a claim is inconsistent.
INCONSISTENT: Final = 1
#: Exit status for bad input: an unknown currency, a malformed date, an unreadable file, ...
USAGE_ERROR: Final = 2
#: Exit status for an error inside aibrief itself (a bug): one line asks the user to report it.
INTERNAL_ERROR: Final = 3
#: The default width of tables.
WIDTH: Final = 80


def add_lang(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("--lang", choices=LANGS, default="en", help=f"{what} (default: en)")


def add_width(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--width", type=int, default=WIDTH, metavar="N", help=f"table width (default: {WIDTH})"
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


def print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def one_line(message: str) -> str:
    """A multi-line message (a list of problems) joined into one line."""
    lines = [line.strip() for line in message.splitlines() if line.strip()]
    if not lines:
        return message
    return lines[0] + (" " + "; ".join(lines[1:]) if len(lines) > 1 else "")
