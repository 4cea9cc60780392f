"""How fast aibrief writes amounts, side by side with babel's own currency formatting.

Run on demand (never in the test suite):

    python benchmarks/bench_formatting.py

The target: ``format_amount(..., style="news")`` costs at most as much per call as
``babel.numbers.format_currency`` for the same amount, so a ratio of 1.0x or below.
"""

from __future__ import annotations

import timeit
from decimal import Decimal

from babel.numbers import format_currency

import aibrief as ab

NUMBER = 20_000
REPEAT = 5


def per_call(statement: object) -> float:
    """Best time of one call in microseconds."""
    best = min(timeit.repeat(statement, number=NUMBER, repeat=REPEAT))  # type: ignore[arg-type]
    return best / NUMBER * 1e6


def row(label: str, value: object, code: str, amount: Decimal, locale: str) -> None:
    """Time one amount in each style, against babel's format_currency of the same amount."""
    ab.format_amount(value, locale=locale, style="news")  # warm the locale caches
    ab.format_amount(value, locale=locale, style="compact")
    babel = per_call(lambda: format_currency(amount, code, locale=locale))
    news = per_call(lambda: ab.format_amount(value, locale=locale, style="news"))
    standard = per_call(lambda: ab.format_amount(value, locale=locale))
    compact = per_call(lambda: ab.format_amount(value, locale=locale, style="compact"))
    print(
        f"{label:34} {babel:8.2f}us {news:8.2f}us {news / babel:6.2f}x "
        f"{standard:8.2f}us {compact:8.2f}us"
    )


def main() -> None:
    print(f"{'case':34} {'babel':>9} {'news':>9} {'ratio':>7} {'standard':>9} {'compact':>9}")
    for code, digits, locale in [
        ("USD", "5576000", "ko"),
        ("KRW", "8000000000", "ko"),
        ("CNY", "10000000000", "zh"),
        ("USD", "5576000", "en"),
    ]:
        amount = Decimal(digits)
        row(f"{code} {digits} {locale}", ab.Money(amount, code), code, amount, locale)
    about = ab.Approx(ab.Money("8000000000", "KRW"), "about")
    row("Approx about KRW 8000000000 ko", about, "KRW", Decimal("8000000000"), "ko")


if __name__ == "__main__":
    main()
