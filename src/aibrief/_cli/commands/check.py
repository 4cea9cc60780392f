"""``aibrief check``: check the claims of a brief, or the figures of an article's text."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from aibrief._cli import options
from aibrief._cli.values import CommandError

if TYPE_CHECKING:
    from aibrief._claims.check import ClaimCheck
    from aibrief.rates.sources import RateSource

SUMMARY = (
    "check the claims of a brief (equivalences, ratios, rankings, changes and totals), "
    "or the figures of an article's text"
)
EXAMPLES = (
    "With --published, FILE is an article's text: every stated equivalence (X(약 Y), X（约Y）,\n"
    "$X (about ₩Y)) is checked at the rate of that date and of the event's date where the text\n"
    "dates it, and every ratio stated between two of its figures. Without it, FILE is a brief.\n\n"
    "exit status: 0 when no claim is inconsistent (unverifiable ones do not count), 1 when\n"
    "at least one is, 2 on bad input. --rates FILE tries your own dated rates first.\n\n"
    "examples:\n  aibrief check --lang ko\n"
    "  aibrief check article.txt --published 2025-01-31\n"
    "  aibrief check brief.json --rates my-rates.csv --rates-base USD --json"
)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file",
        nargs="?",
        metavar="FILE",
        help="an article's text with --published, else a brief JSON file (aibrief.brief "
        "format); - for stdin; default: the built-in DeepSeek brief",
    )
    parser.add_argument(
        "--published",
        metavar="DATE",
        help="the article's publication date (YYYY-MM-DD, or YYYY-MM or YYYY when that is all "
        "that is known): check FILE as an article's text",
    )
    options.add_lang(parser, "language of the table and explanations")
    options.add_width(parser)
    options.add_rates(parser)
    options.add_json(parser)


def run(args: argparse.Namespace) -> int:
    from aibrief._display.claim_table import claim_json, claim_lines, summary_line
    from aibrief._display.table import wrap

    rates = options.rate_source(args)
    checks: list[ClaimCheck]
    if args.published is not None:
        checks = _check_article(args.file, args.published, rates)
    else:
        checks = _check_brief(args.file, rates)
    if args.json:
        options.print_json({"claims": [claim_json(check, args.lang) for check in checks]})
    else:
        lines = [*wrap(summary_line(checks, lang=args.lang), args.width), ""]
        print("\n".join(lines + claim_lines(checks, lang=args.lang, width=args.width)))
    return options.INCONSISTENT if any(check.verdict == "inconsistent" for check in checks) else 0


def _check_brief(path: str | None, rates: RateSource) -> list[ClaimCheck]:
    from aibrief._claims.checker import check_claims
    from aibrief._cli.briefs import load_brief

    if path is not None and path != "-" and not _looks_like_json(path):
        raise CommandError(
            f"{path} is not a brief (a JSON file); to check an article's text, give its "
            f"publication date: aibrief check {path} --published YYYY-MM-DD"
        )
    return check_claims(load_brief(path), rates=rates)


def _check_article(path: str | None, published: str, rates: RateSource) -> list[ClaimCheck]:
    from aibrief._claims.article import check_text
    from aibrief._dates.partial_date import PartialDate
    from aibrief.errors import InvalidPartialDateError

    if path is None:
        raise CommandError("--published needs FILE, the article's text (- for stdin)")
    try:
        day = PartialDate.parse(published)
    except InvalidPartialDateError:
        raise CommandError(
            f"--published {published!r} is not a date; expected YYYY-MM-DD such as 2025-01-31 "
            "(or YYYY-MM, YYYY)"
        ) from None
    return check_text(_read_text(path), published=day, rates=rates)


def _read_text(path: str) -> str:
    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except OSError as error:
        raise CommandError(f"cannot read the article file {path!r}: {error.strerror}") from None
    except ValueError:  # a name the system cannot hold, such as one with a NUL character
        raise CommandError(f"cannot read the article file {path!r}: not a file name") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise CommandError(
            f"{path} is not UTF-8 text (byte {error.start}); save the article as UTF-8"
        ) from None


def _looks_like_json(path: str) -> bool:
    """Whether a file starts like JSON (an article's text does not)."""
    try:
        with open(path, "rb") as file:
            head = file.read(64)
    except (OSError, ValueError):  # ValueError: a name with a NUL character
        return True  # let the brief loader report it
    return head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"[")
