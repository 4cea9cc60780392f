"""``aibrief rates``: the exchange rates in use and their age; ``aibrief rates update`` renews them."""

from __future__ import annotations

import argparse
import datetime
import sys
from typing import IO, TYPE_CHECKING, Any, NoReturn

from aibrief._cli import options

if TYPE_CHECKING:
    from aibrief.rates.current import Held

SUMMARY = "show the exchange rates in use, where they come from and how old they are; update them"
EXAMPLES = "examples:\n  aibrief rates\n  aibrief rates --json\n  aibrief rates update"
UPDATE_SUMMARY = "download the ECB's newest rates, check them and keep them for every conversion"
UPDATE_EXAMPLES = (
    "The file is refused, and the rates held stay as they were, when it is not a sound zip of\n"
    "the ECB's CSV, or when it would shrink them (end earlier, drop a currency, a day or a\n"
    "rate) without --force. Proxies come from https_proxy / http_proxy / no_proxy. The rates\n"
    "are kept in AIBRIEF_RATES_DIR, else the user's cache folder.\n\n"
    "exit status: 0 when the rates were updated, 2 when not.\n\n"
    "examples:\n  aibrief rates update\n  aibrief rates update --timeout 120\n"
    "  aibrief rates update --url file:///tmp/eurofxref-hist.zip"
)
_ORIGINS = {"shipped": "shipped with aibrief", "downloaded": "downloaded"}


def configure(parser: argparse.ArgumentParser) -> None:
    options.add_json(parser)
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    update = actions.add_parser(
        "update",
        help=UPDATE_SUMMARY,
        description=UPDATE_SUMMARY[0].upper() + UPDATE_SUMMARY[1:] + ".",
        epilog=UPDATE_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    update.add_argument(
        "--url", help="where to download from: https://, http:// or file:// (default: the ECB)"
    )
    update.add_argument(
        "--force",
        action="store_true",
        help="accept a file that ends earlier or drops a currency, a day or a rate",
    )
    update.add_argument(
        "--timeout",
        type=_seconds,
        default=30.0,
        metavar="SECONDS",
        help="how long to wait for the server, to connect and for each read (default: 30)",
    )


def run(args: argparse.Namespace) -> int:
    if args.action == "update":
        return _update(args)
    found = _held()
    if args.json:
        options.print_json(_status_json(found))
    else:
        print("\n".join(_status_lines(found)))
    return 0


class Version(argparse.Action):
    """``aibrief --version``: the package's version and the last day of its exchange rates."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> NoReturn:
        from aibrief import __version__

        found = _held()
        table = found.table
        print(f"aibrief {__version__} (ECB rates to {table.last_date}, {_ORIGINS[found.origin]})")
        parser.exit()


def _seconds(text: str) -> float:
    """A --timeout: a number of seconds above 0."""
    try:
        seconds = float(text)
    except ValueError:
        seconds = 0.0
    if not 0 < seconds < float("inf"):
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds above 0, such as 30")
    return seconds


def _held() -> Held:
    from aibrief.rates.current import held

    with options.plain_warnings():
        return held()


def _status_lines(found: Held) -> list[str]:
    table, today = found.table, datetime.date.today()
    age = (today - table.last_date).days
    rows = [
        ("source", table.source),
        ("loaded from", f"{found.path} ({_ORIGINS[found.origin]})"),
        ("dates", f"{table.first_date} to {table.last_date} ({len(table):,} days,"
                  f" {len(table.currencies) - 1} currencies against {table.base})"),
        ("age", f"{age} day{'' if age == 1 else 's'} since the last rate (today is {today})"),
        ("cache", _cache_text(found)),
    ]  # fmt: skip
    return [f"{label + ':':13}{text}" for label, text in rows]


def _cache_text(found: Held) -> str:
    if found.origin == "downloaded":
        return f"{found.cache} (in use)"
    if found.skipped is not None:
        return f"{found.cache} skipped: {found.skipped}"
    if found.cache.exists():
        return f"{found.cache}"
    return f"{found.cache} (none yet: `aibrief rates update` downloads the newest rates)"


def _status_json(found: Held) -> dict[str, Any]:
    table = found.table
    return {
        "source": table.source,
        "origin": found.origin,
        "loaded_from": str(found.path),
        "first_date": table.first_date.isoformat(),
        "last_date": table.last_date.isoformat(),
        "days": len(table),
        "currencies": sorted(table.currencies - {table.base}),
        "base": table.base,
        "age_days": (datetime.date.today() - table.last_date).days,
        "cache": str(found.cache),
        "cache_skipped": found.skipped,
    }


def _update(args: argparse.Namespace) -> int:
    from aibrief.rates.refresh import ECB_URL, update

    before = _held().table
    url = ECB_URL if args.url is None else args.url
    progress = _Progress(sys.stderr, url) if sys.stderr.isatty() else None
    try:
        with options.plain_warnings():
            table = update(url, force=args.force, timeout=args.timeout, progress=progress)
    finally:
        if progress is not None:
            progress.finish()
    print(
        f"updated: {table.first_date} to {table.last_date} ({len(table):,} days,"
        f" {len(table.currencies) - 1} currencies); the last rate was {before.last_date} before"
    )
    print(f"source: {table.source}")
    found = _held()
    print(f"kept in: {found.cache} ({found.cache.stat().st_size:,} bytes)")
    return 0


class _Progress:
    """The download's progress on one terminal line, redrawn when the percentage moves."""

    def __init__(self, stream: IO[str], url: str) -> None:
        self.stream, self.name = stream, url.rsplit("/", 1)[-1] or url
        self.shown = ""

    def __call__(self, received: int, total: int | None) -> None:
        done = f"{received / 1000:,.0f} kB"
        text = f"{done} of {total / 1000:,.0f} kB ({received * 100 // total}%)" if total else done
        if text != self.shown:
            self.stream.write(f"\rdownloading {self.name}: {text}")
            self.stream.flush()
            self.shown = text

    def finish(self) -> None:
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()
