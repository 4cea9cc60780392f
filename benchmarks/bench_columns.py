"""Columns of every kind, mixed-currency frames and the exact path, as ratios in one run.

    python benchmarks/bench_columns.py [--rows 10000000]

- pandas, Polars and Arrow columns through convert_many vs the bare NumPy kernel on the
  same arrays (goal: at most 1.3x);
- convert_frame on rows of 20 currencies vs one-currency convert_many on the same rows
  (goal: at most 2x);
- the exact path (a pandas column of Decimals) vs a loop of scalar convert (goal: 20x), and
  its floor: the bare exact multiply and 34-digit division per row that every row needs.
A pandas datetime column holds datetime64[s] (pandas has no [D]), so the pandas and frame
figures are also given against the kernel on those very arrays. The machine is shared: each
figure is the best of --runs runs, and the load average is printed before and after.
"""

from __future__ import annotations

import argparse
import datetime
import os
import time
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import numpy as np
import pandas as pd
import polars as pl
import pyarrow as pa

import aibrief as ab
from aibrief._core.decimal import DIVISION, EXACT
from aibrief.rates import ecb
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


def kernel(amounts: Any, days: Any) -> Any:
    return convert_column(amounts, "USD", "KRW", days, rates=None, missing="previous", lookback_days=7)  # fmt: skip


def load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--exact-rows", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    rows, exact_rows, runs = options.rows, options.exact_rows, options.runs
    print(f"load average before: {load()}; best of {runs}")
    columns(rows, runs)
    frames(rows, runs)
    exact(exact_rows, runs)
    print(f"load average after: {load()}")


def columns(rows: int, runs: int) -> None:
    rng = np.random.default_rng(0)
    amounts = rng.random(rows) * 1e6
    days = (np.datetime64("2010-01-01") + rng.integers(0, 5000, rows)).astype("datetime64[D]")
    bare = best(lambda: kernel(amounts, days), runs)
    print(f"{rows:,} rows; NumPy kernel {bare:.3f} s")
    kinds = {
        "numpy (convert_many)": (amounts, days),
        "pandas": (pd.Series(amounts), pd.Series(days)),
        "polars": (pl.Series(amounts), pl.Series(days)),
        "arrow": (pa.array(amounts), pa.array(days)),
    }
    for name, (column, dates) in kinds.items():
        seconds = best(lambda c=column, d=dates: ab.convert_many(c, "USD", "KRW", d), runs)
        line = f"  {name:22} {seconds:.3f} s  {seconds / bare:.2f}x the kernel"
        if name == "pandas":  # the kernel on the arrays the Series hold (datetime64[s])
            own = best(lambda c=column, d=dates: kernel(c.to_numpy(), d.to_numpy()), runs)
            line += f", {seconds / own:.2f}x the kernel on its own datetime64[s] arrays"
        print(line)


def frames(rows: int, runs: int) -> None:
    rng = np.random.default_rng(1)
    amounts = rng.random(rows) * 1e6
    days = (np.datetime64("2010-01-01") + rng.integers(0, 5000, rows)).astype("datetime64[D]")
    codes = np.array(CURRENCIES)[rng.integers(0, len(CURRENCIES), rows)]
    one = best(lambda: ab.convert_many(amounts, "USD", "KRW", days), runs)
    for label, currency in [("str", codes), ("category", pd.Categorical(codes))]:
        frame = pd.DataFrame({"amount": amounts, "currency": currency, "date": days})
        mixed = best(lambda f=frame: ab.convert_frame(f, "KRW"), runs)
        same = best(lambda f=frame: ab.convert_many(f["amount"], "USD", "KRW", f["date"]), runs)  # fmt: skip
        print(f"convert_frame, 20 currencies ({label}): {mixed:.3f} s, {mixed / one:.2f}x one-currency convert_many on NumPy, {mixed / same:.2f}x on the frame's own columns")  # fmt: skip
    polars = pl.DataFrame({"amount": amounts, "currency": codes, "date": days})
    mixed = best(lambda: ab.convert_frame(polars, "KRW"), runs)
    same = best(lambda: ab.convert_many(polars["amount"], "USD", "KRW", polars["date"]), runs)
    print(f"convert_frame, 20 currencies (polars): {mixed:.3f} s, {mixed / one:.2f}x one-currency convert_many on NumPy, {mixed / same:.2f}x on the frame's own columns")  # fmt: skip


def exact(exact_rows: int, runs: int) -> None:
    rng = np.random.default_rng(2)
    small = [Decimal(int(x)) / 100 for x in rng.integers(1, 10**9, exact_rows)]
    on = [datetime.date(2024, 1, 1) + datetime.timedelta(days=int(d)) for d in rng.integers(0, 700, exact_rows)]  # fmt: skip
    column, dates = pd.Series(small, dtype=object), pd.Series(on, dtype=object)
    path = best(lambda: ab.convert_many(column, "USD", "KRW", dates), runs)
    loop = best(lambda: [ab.convert(ab.Money(a, "USD"), "KRW", on=d).result.amount for a, d in zip(small, on, strict=True)], max(1, runs // 2))  # fmt: skip
    quotes = [ecb().rate("USD", "KRW", d) for d in on]
    numerators = [q.numerator for q in quotes]
    denominators = [q.denominator for q in quotes]
    floor = best(lambda: list(map(DIVISION.divide, map(EXACT.multiply, small, numerators), denominators)), runs)  # fmt: skip
    print(f"exact path, {exact_rows:,} rows: {exact_rows / path:,.0f} rows/s; loop of convert {exact_rows / loop:,.0f} rows/s; {loop / path:.1f}x")  # fmt: skip
    print(f"  floor (multiply and divide alone): {exact_rows / floor:,.0f} rows/s, {loop / floor:.1f}x the loop; the path is {path / floor:.1f}x the floor")  # fmt: skip


if __name__ == "__main__":
    main()
