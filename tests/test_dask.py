"""convert_frame on Dask: partition by partition, on a real two-process LocalCluster, equal to
one process, with a rate table that reaches each worker once (measured in bytes)."""

from __future__ import annotations

import os
import pickle
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import aibrief as ab
from aibrief.rates.io import Columns

pd = pytest.importorskip("pandas")
dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")
cloudpickle = pytest.importorskip("cloudpickle")

CURRENCIES = ["USD", "KRW", "CNY", "EUR", "JPY", "GBP", "INR", "CHF", "AUD", "CAD"]


def _rows(count: int, seed: int = 15) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    days = np.datetime64("2010-01-01") + rng.integers(0, 5000, count)
    return pd.DataFrame(
        {
            "amount": rng.random(count) * 1e6,
            "currency": np.array(CURRENCIES)[rng.integers(0, len(CURRENCIES), count)],
            "date": days.astype("datetime64[s]"),
        },
        index=pd.RangeIndex(seed * count, (seed + 1) * count),
    )


def _partition(seed: int) -> pd.DataFrame:
    """One of 16 partitions of a million rows, made where it is used: no data is shipped."""
    return _rows(1_000_000 // 16, seed)


def _arrive(log: str, payload: bytes) -> CountedTable:
    """Unpickle a CountedTable, writing this process and the bytes that reached it to ``log``."""
    with open(log, "a", encoding="utf-8") as file:
        file.write(f"{os.getpid()} {len(payload)}\n")
    table = pickle.loads(payload)
    counted = CountedTable(_columns(table))
    counted.log = log
    return counted


def _columns(table: ab.rates.RateTable) -> Columns:
    mantissas = {code: table._mantissas[code] for code in table._scales}
    return Columns(
        base=table._base, source=table._source, days=table._days, mantissas=mantissas,
        scales=table._scales, ranges=table._ranges,
    )  # fmt: skip


class CountedTable(ab.rates.RateTable):
    """The full ECB table, not the embedded reference: its pickle carries every rate."""

    __slots__ = ("log",)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_arrive, (self.log, pickle.dumps(ab.rates.RateTable(_columns(self)))))


def test_dask_frames_convert_partition_by_partition_with_the_right_meta() -> None:
    frame = _rows(2_000)
    lazy = ab.convert_frame(dd.from_pandas(frame, npartitions=4), "USD", rate_date="on")
    assert list(lazy._meta.columns) == ["amount", "currency", "date", "amount_usd", "on"]
    assert lazy._meta["amount_usd"].dtype == np.float64
    result = lazy.compute(scheduler="sync")
    expected = ab.convert_frame(frame, "USD", rate_date="on")
    pd.testing.assert_frame_equal(result, expected, check_dtype=False)


def test_a_two_process_cluster_gives_the_single_process_result(tmp_path: Path) -> None:
    """1M rows of ten currencies on a real LocalCluster(n_workers=2, processes=True)."""
    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    partitions = 16
    frame = pd.concat([_partition(seed) for seed in range(partitions)])
    table = CountedTable(_columns(ab.rates.ecb()))
    table.log = str(tmp_path / "arrivals.log")
    single = ab.convert_frame(frame, "USD", rates=table, rate_date="on")
    with (
        distributed.LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None,
            silence_logs=40,
        ) as cluster,
        distributed.Client(cluster) as client,
    ):  # fmt: skip
        rows = dd.from_map(_partition, range(partitions), meta=frame.iloc[:0])
        lazy = ab.convert_frame(rows, "USD", rates=table, rate_date="on")
        result = client.compute(lazy).result()
        workers = set(client.run(os.getpid).values())
    pd.testing.assert_frame_equal(result, single, check_dtype=False)
    arrivals = [line.split() for line in Path(table.log).read_text().splitlines()]
    per_worker = [(pid, int(size)) for pid, size in arrivals if int(pid) in workers]
    [size] = {size for _, size in per_worker}
    # The rates (a pickle of 0.9 MB) reached each worker once, not once with each of the 16
    # tasks: at most 2 x 0.9 MB in all, where per task it would have been 16 x 0.9 MB.
    assert size > 500_000
    assert len({pid for pid, _ in per_worker}) == len(per_worker)
    assert sum(size for _, size in per_worker) <= len(workers) * size < partitions * size


def test_the_embedded_table_travels_as_a_reference() -> None:
    table = ab.rates.ecb()
    assert len(pickle.dumps(table)) < 100
    assert pickle.loads(pickle.dumps(table)) is table
