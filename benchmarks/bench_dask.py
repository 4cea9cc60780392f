"""convert_frame on Dask across two worker processes vs one process, with peak memory.

    python benchmarks/bench_dask.py [--rows 20000000] [--partitions 2 4 40] [--runs 5]

Rows of 20 currencies are made where they are used: the single process makes the whole
pandas frame, each worker makes its own partitions (same seeds, so the same rows), and only
the conversion is timed: ``ab.convert_frame`` on the pandas frame against the same call on
the Dask frame, persisted on a ``LocalCluster(n_workers=2, processes=True,
threads_per_worker=1)``. Each process's memory is sampled every 5 ms by a thread while the
conversion runs (psutil's RSS), and the results are checked equal by their sums. Not run in CI.
"""

from __future__ import annotations

import argparse
import contextlib
import tempfile
import threading
import time
from collections.abc import Iterator
from typing import Any

import dask
import dask.dataframe as dd
import distributed
import numpy as np
import pandas as pd
import psutil

import aibrief as ab

CURRENCIES = ["USD", "KRW", "CNY", "EUR", "JPY", "GBP", "INR", "CHF", "AUD", "CAD",
              "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "SGD", "HKD", "NZD", "MXN"]  # fmt: skip
MB = 1 << 20


def rows(count: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    days = np.datetime64("2010-01-01") + rng.integers(0, 5000, count)
    return pd.DataFrame(
        {
            "amount": rng.random(count) * 1e6,
            "currency": np.array(CURRENCIES)[rng.integers(0, len(CURRENCIES), count)],
            "date": days.astype("datetime64[s]"),
        }
    )


class PeakMemory:
    """The largest RSS of this process seen by a thread sampling every 5 ms."""

    def __init__(self) -> None:
        self.process = psutil.Process()
        self.start = self.peak = self.process.memory_info().rss
        self.running = True
        self.thread = threading.Thread(target=self._sample, daemon=True)
        self.thread.start()

    def _sample(self) -> None:
        while self.running:
            self.peak = max(self.peak, self.process.memory_info().rss)
            time.sleep(0.005)

    def stop(self) -> int:
        self.running = False
        self.thread.join()
        return max(self.peak, self.process.memory_info().rss)


def start_sampling(dask_worker: Any) -> None:
    dask_worker.aibrief_peak = PeakMemory()


def warm() -> None:
    ab.convert_frame(rows(1000, 0), "KRW")


def stop_sampling(dask_worker: Any) -> tuple[int, int]:
    """(peak RSS during the conversion, RSS when it started: the worker's partitions) in
    bytes. Not ru_maxrss: a spawned worker inherits its parent's through fork and exec."""
    sampler = dask_worker.aibrief_peak
    return sampler.stop(), sampler.start


def one_process(count: int, partitions: int, runs: int) -> tuple[float, float, int]:
    size = count // partitions
    frame = pd.concat([rows(size, seed) for seed in range(partitions)], ignore_index=True)
    warm()
    best, total, peak = float("inf"), 0.0, 0
    for _ in range(runs):
        sampler = PeakMemory()
        start = time.perf_counter()
        result = ab.convert_frame(frame, "KRW")
        best = min(best, time.perf_counter() - start)
        peak = max(peak, sampler.stop())
        total = float(result["amount_krw"].sum())
        del result
    return best, total, peak


@contextlib.contextmanager
def two_workers_client(*, trim: bool) -> Iterator[distributed.Client]:
    """A client of a LocalCluster of two one-thread worker processes; ``trim`` keeps
    distributed's MALLOC_TRIM_THRESHOLD_ for its workers (see :func:`two_workers`)."""
    environ = dict(dask.config.get("distributed.nanny.pre-spawn-environ"))
    if not trim:
        environ.pop("MALLOC_TRIM_THRESHOLD_", None)
    with (
        dask.config.set({"distributed.nanny.pre-spawn-environ": environ}),
        distributed.LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, memory_limit=0,
            dashboard_address=None,
        ) as cluster,
        distributed.Client(cluster) as client,
    ):  # fmt: skip
        yield client


def two_workers(
    count: int, partitions: int, runs: int, *, trim: bool
) -> tuple[float, float, dict[str, Any]]:
    """``trim``: distributed's default MALLOC_TRIM_THRESHOLD_=65536 for its workers, which
    also turns off glibc's adaptive mmap threshold, so every large NumPy array is mapped
    and faulted in afresh (about 3x slower for this memory-bound work, measured in one
    process with and without the variable); without it, workers allocate as one process."""
    size = count // partitions
    with two_workers_client(trim=trim) as client:
        frame = dd.from_map(rows, [size] * partitions, range(partitions)).persist()
        distributed.wait(frame)
        client.run(warm)  # each worker loads aibrief and builds its dense rates once
        best, total, peaks = float("inf"), 0.0, {}
        for run in range(runs):
            client.run(start_sampling)
            start = time.perf_counter()
            # A new column name per run gives new keys: no run can reuse another's results.
            result = ab.convert_frame(frame, "KRW", out=f"krw_{run}").persist()
            distributed.wait(result)
            best = min(best, time.perf_counter() - start)
            peaks = client.run(stop_sampling)
            total = float(result[f"krw_{run}"].sum().compute())
            del result
    return best, total, peaks


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=20_000_000)
    # One, two and twenty partitions a worker: each task costs the scheduler milliseconds, which
    # small partitions of a fast conversion cannot repay.
    parser.add_argument("--partitions", type=int, nargs="+", default=[2, 4, 40])
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    print(f"load average before: {' '.join(f'{x:.1f}' for x in psutil.getloadavg())}")
    for partitions in options.partitions:
        compare(options.rows, partitions, options.runs)
    pipeline(options.rows, min(options.partitions), options.runs)
    print(f"load average after: {' '.join(f'{x:.1f}' for x in psutil.getloadavg())}")


def pipeline(count: int, partitions: int, runs: int) -> None:
    """Read Parquet files, convert, sum: the whole job, in one process and on the cluster.

    Converting alone is a few passes over memory, which two processes on two cores share;
    reading and decoding the files is work that each worker does for its own partitions.
    """
    with tempfile.TemporaryDirectory() as folder:
        for seed in range(partitions):
            rows(count // partitions, seed).to_parquet(f"{folder}/part-{seed:03}.parquet")
        warm()
        single = float("inf")
        for _ in range(runs):
            start = time.perf_counter()
            frame = pd.read_parquet(folder)
            total = float(ab.convert_frame(frame, "KRW")["amount_krw"].sum())
            single = min(single, time.perf_counter() - start)
            del frame
        with two_workers_client(trim=True) as client:
            client.run(warm)
            clustered = float("inf")
            for run in range(runs):
                start = time.perf_counter()
                lazy = ab.convert_frame(dd.read_parquet(folder), "KRW", out=f"krw_{run}")
                dask_total = float(lazy[f"krw_{run}"].sum().compute())
                clustered = min(clustered, time.perf_counter() - start)
    print(
        f"read {partitions} Parquet files, convert and sum: one process {single:.2f} s, "
        f"LocalCluster {clustered:.2f} s ({single / clustered:.2f}x as fast); sums equal: "
        f"{np.isclose(total, dask_total, rtol=1e-12)}"
    )


def compare(count: int, partitions: int, runs: int) -> None:
    print(f"{count:,} rows of 20 currencies in {partitions} partitions; best of {runs}")
    single_seconds, single_total, single_peak = one_process(count, partitions, runs)
    print(f"one process:         {single_seconds:.2f} s, peak RSS {single_peak / MB:,.0f} MB")
    for trim in (True, False):
        dask_seconds, dask_total, peaks = two_workers(count, partitions, runs, trim=trim)
        setting = "distributed's default MALLOC_TRIM_THRESHOLD_" if trim else "without MALLOC_TRIM_THRESHOLD_"  # fmt: skip
        print(f"LocalCluster, 2 processes, {setting}: {dask_seconds:.2f} s ({single_seconds / dask_seconds:.2f}x as fast as one process)")  # fmt: skip
        for address, (during, before) in sorted(peaks.items()):
            print(f"  worker {address}: peak RSS {during / MB:,.0f} MB while converting, {before / MB:,.0f} MB with its partitions before")  # fmt: skip
        print(f"  sums equal to one process: {np.isclose(single_total, dask_total, rtol=1e-12)} ({dask_total:.6e})")  # fmt: skip


if __name__ == "__main__":
    main()
