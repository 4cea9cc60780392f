"""Columns of every kind, mixed-currency frames and the exact path, as ratios in one run.

    python benchmarks/bench_columns.py [--rows 10000000]

- pandas, Polars and Arrow columns through convert_many vs the bare NumPy kernel on the
  same arrays (goal: at most 1.3x);
- convert_frame on rows of 20 currencies vs one-currency convert_many on the same rows
  (goal: at most 2x);
- the exact path (a pandas column of Decimals) vs a loop of scalar convert (goal: 20x).
The machine is shared: each figure is the best of three runs.
"""

from __future__ import annotations

import argparse
import datetime
import time
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import numpy as np
import pandas as pd
import polars as pl
import pyarrow as pa

import aibrief as ab
from aibrief.rates.columns import convert_column

CURRENCIES = ["USD", "KRW", "CNY", "EUR", "JPY", "GBP", "INR", "CHF", "AUD", "CAD",
              "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "SGD", "HKD", "NZD", "MXN"]  # fmt: skip


def best(function: Callable[[], Any], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--exact-rows", type=int, default=200_000)
    rows = parser.parse_args().rows
    exact_rows = parser.parse_args().exact_rows
    rng = np.random.default_rng(0)
    amounts = rng.random(rows) * 1e6
    days = (np.datetime64("2010-01-01") + rng.integers(0, 5000, rows)).astype("datetime64[D]")
    kernel = best(lambda: convert_column(amounts, "USD", "KRW", days, rates=None, missing="previous", lookback_days=7))  # fmt: skip
    print(f"{rows:,} rows; NumPy kernel {kernel:.3f} s")
    kinds = {
        "numpy (convert_many)": (amounts, days),
        "pandas": (pd.Series(amounts), pd.Series(days)),
        "polars": (pl.Series(amounts), pl.Series(days)),
        "arrow": (pa.array(amounts), pa.array(days)),
    }
    for name, (column, dates) in kinds.items():
        seconds = best(lambda c=column, d=dates: ab.convert_many(c, "USD", "KRW", d))
        print(f"  {name:22} {seconds:.3f} s  {seconds / kernel:.2f}x the kernel")
    codes = np.array(CURRENCIES)[rng.integers(0, len(CURRENCIES), rows)]
    one = best(lambda: ab.convert_many(amounts, "USD", "KRW", days))
    for label, currency in [("str", codes), ("category", pd.Categorical(codes))]:
        frame = pd.DataFrame({"amount": amounts, "currency": currency, "date": days})
        mixed = best(lambda f=frame: ab.convert_frame(f, "KRW"))
        print(f"convert_frame, 20 currencies ({label}): {mixed:.3f} s, {mixed / one:.2f}x one-currency convert_many")  # fmt: skip
    small = [Decimal(int(x)) / 100 for x in rng.integers(1, 10**9, exact_rows)]
    on = [datetime.date(2024, 1, 1) + datetime.timedelta(days=int(d)) for d in rng.integers(0, 700, exact_rows)]  # fmt: skip
    column, dates = pd.Series(small, dtype=object), pd.Series(on, dtype=object)
    exact = best(lambda: ab.convert_many(column, "USD", "KRW", dates))
    loop = best(lambda: [ab.convert(ab.Money(a, "USD"), "KRW", on=d).result.amount for a, d in zip(small, on, strict=True)], runs=1)  # fmt: skip
    print(f"exact path, {exact_rows:,} rows: {exact_rows / exact:,.0f} rows/s; loop of convert {exact_rows / loop:,.0f} rows/s; {loop / exact:.1f}x")  # fmt: skip


if __name__ == "__main__":
    main()
