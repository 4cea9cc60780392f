"""Speed of financial news: fiscal periods, growth arithmetic and the new fact kinds, against peers.

Run on demand (never in the test suite):

    python benchmarks/bench_finance.py [--n 20000] [--repeat 5]

Each figure is the best of ``--repeat`` rounds, and a round runs aibrief and its peer one
after the other, so a burst of load elsewhere on the machine slows both alike. Times are the
CPU time of this process.

1. The days of a fiscal quarter: ``FiscalPeriod(...)`` with its start and end, against pandas,
   the library a user would otherwise pick: ``pd.Period(..., freq="Q-JUN")`` for a calendar of
   months (Microsoft) and the ``FY5253Quarter`` offset for a 52/53-week one (Nvidia), stepping
   from one quarter end to the next (pandas' cheapest path).
2. ``growth_rate`` on Money, against the same compound annual rate written by hand with
   Decimals in a 34-digit context.
3. Building ``FinancialResult`` facts (a fiscal period, Money, a percent) against a bare attrs
   twin with neither validators nor converters.
"""

from __future__ import annotations

import argparse
import decimal
import math
import time
from collections.abc import Callable
from decimal import Decimal

import attrs
import pandas as pd

import aibrief as ab

CITATION = (ab.Citation(source="s", phrase="매출 467억 달러"),)
REVENUE = ab.Money("46743000000", "USD")
YEARS = list(range(1990, 2090))


def race(runs: dict[str, Callable[[], object]], repeat: int) -> dict[str, float]:
    """The fastest of ``repeat`` interleaved rounds of each run, in CPU seconds."""
    best = dict.fromkeys(runs, math.inf)
    for _ in range(repeat):
        for name, run in runs.items():
            start = time.process_time()
            run()
            best[name] = min(best[name], time.process_time() - start)
    return best


def report(title: str, times: dict[str, float], ours: str, peer: str, n: int) -> None:
    ratio = times[ours] / times[peer]
    per = 1e6 * times[ours] / n
    print(
        f"{title}: aibrief {times[ours]:.3f}s ({per:.2f} µs each), {peer} {times[peer]:.3f}s: ratio {ratio:.2f}x"
    )


# --- 1. Fiscal periods ----------------------------------------------------------------------


def quarters(n: int) -> list[tuple[int, int]]:
    return [(YEARS[i // 4 % len(YEARS)], i % 4 + 1) for i in range(n)]


def aibrief_days(calendar: str, pairs: list[tuple[int, int]]) -> list[tuple[object, object]]:
    days = []
    for year, quarter in pairs:
        period = ab.FiscalPeriod(calendar, year, quarter=quarter)
        days.append((period.start, period.end))
    return days


def pandas_month_days(pairs: list[tuple[int, int]]) -> list[tuple[object, object]]:
    days = []
    for year, quarter in pairs:
        period = pd.Period(f"{year}Q{quarter}", freq="Q-JUN")
        days.append((period.start_time.date(), period.end_time.date()))
    return days


def pandas_week_ends(n: int) -> list[object]:
    offset = pd.offsets.FY5253Quarter(
        weekday=6, startingMonth=1, qtr_with_extra_week=4, variation="last"
    )
    day, ends = pd.Timestamp("1989-01-29"), []
    for _ in range(n):
        day = day + offset
        ends.append(day.date())
    return ends


def bench_periods(n: int, repeat: int) -> None:
    pairs = quarters(n)
    assert aibrief_days("microsoft", pairs[:8]) == pandas_month_days(pairs[:8])
    assert [end for _, end in aibrief_days("nvidia", pairs[:8])] == pandas_week_ends(8)
    months = race(
        {
            "aibrief": lambda: aibrief_days("microsoft", pairs),
            "pd.Period": lambda: pandas_month_days(pairs),
        },
        repeat,
    )
    report(f"{n:,} quarters of a calendar of months", months, "aibrief", "pd.Period", n)
    weeks = race(
        {
            "aibrief": lambda: aibrief_days("nvidia", pairs),
            "FY5253Quarter": lambda: pandas_week_ends(n),
        },
        repeat,
    )
    report(f"{n:,} quarters of a 52/53-week calendar", weeks, "aibrief", "FY5253Quarter", n)


# --- 2. Growth arithmetic ---------------------------------------------------------------------


def by_hand(starts: list[Decimal], ends: list[Decimal], years: int) -> list[Decimal]:
    context = decimal.Context(prec=34)
    root = context.divide(1, years)
    return [
        context.multiply(context.subtract(context.power(context.divide(e, s), root), 1), 100)
        for s, e in zip(starts, ends, strict=True)
    ]


def bench_growth(n: int, repeat: int) -> None:
    starts = [Decimal(27_000_000_000 + i) for i in range(n)]
    ends = [Decimal(130_500_000_000 + 7 * i) for i in range(n)]
    money = [(ab.Money(s, "USD"), ab.Money(e, "USD")) for s, e in zip(starts, ends, strict=True)]
    times = race(
        {
            "aibrief": lambda: [ab.growth_rate(s, e, 3) for s, e in money],
            "Decimal by hand": lambda: by_hand(starts, ends, 3),
        },
        repeat,
    )
    report(f"{n:,} compound annual rates over 3 years", times, "aibrief", "Decimal by hand", n)


# --- 3. Building results ------------------------------------------------------------------------


def bare_twin(cls: type) -> type:
    """The same fields, frozen and slotted, without validators or converters."""
    fields = {
        field.name: attrs.field(default=field.default, kw_only=True)
        if field.default is not attrs.NOTHING
        else attrs.field(kw_only=True)
        for field in attrs.fields(cls)
        if field.init
    }
    return attrs.make_class(f"Bare{cls.__name__}", fields, frozen=True, slots=True)


def results(cls: type, n: int) -> list[object]:
    period = ab.FiscalPeriod("nvidia", 2026, quarter=2)
    return [
        cls(
            id=f"r-{i}",
            company="nvidia",
            period=period,
            metric="revenue",
            value=REVENUE,
            year_on_year=Decimal(56),
            citations=CITATION,
        )
        for i in range(n)
    ]


def bench_results(n: int, repeat: int) -> None:
    bare = bare_twin(ab.FinancialResult)
    times = race(
        {"aibrief": lambda: results(ab.FinancialResult, n), "bare twin": lambda: results(bare, n)},
        repeat,
    )
    report(f"{n:,} FinancialResult facts", times, "aibrief", "bare twin", n)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    bench_periods(args.n, args.repeat)
    bench_growth(args.n, args.repeat)
    bench_results(args.n, args.repeat)


if __name__ == "__main__":
    main()
