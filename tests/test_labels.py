"""Columns of currency codes as integer codes: the three-letter fast path and the
factorising fallback give the same codes for every column kind; days from timestamps."""

from __future__ import annotations

import datetime
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import aibrief as ab
from aibrief._core.labels import codes_of
from aibrief.rates.columns import read_dates

pd = pytest.importorskip("pandas")
pl = pytest.importorskip("polars")
pa = pytest.importorskip("pyarrow")

ROWS = ["KRW", "USD", "KRW", "XAU", "CNY", "USD"]


def _index(labels: list[Any]) -> list[int]:
    return [10 * position for position in range(len(labels))]


def _decoded(value: Any) -> list[Any]:
    codes, labels = codes_of(value, _index)
    return [None if code < 0 else labels[code // 10] for code in codes.tolist()]


@pytest.mark.parametrize(
    "column",
    [
        np.array(ROWS),
        np.array(ROWS, dtype=object),
        pd.Series(ROWS),
        pd.Series(ROWS, dtype=object),
        pd.Series(ROWS, dtype="category"),
        pl.Series(ROWS),
        pl.Series(ROWS, dtype=pl.Categorical),
        pa.array(ROWS),
        pa.array(ROWS, type=pa.large_string()),
        pa.chunked_array([ROWS[:2], ROWS[2:]]),
        pa.array(ROWS).slice(0),
    ],
)
def test_every_kind_gives_each_row_its_label(column: Any) -> None:
    assert _decoded(column) == ROWS


@pytest.mark.parametrize(
    "rows",
    [
        ["KRW", None, "usd", "KRW"],  # a missing label and lower case: the fallback
        ["KRW", "US", "USDT"],  # other lengths
        ["K@W", "KRW"],  # a byte just below "A"
        ["KR[", "KRW"],  # a byte just above "Z"
    ],
)
def test_columns_off_the_fast_path_are_factorised(rows: list[Any]) -> None:
    for column in (pd.Series(rows), pa.array(rows), pl.Series(rows), np.array(rows, dtype=object)):
        assert _decoded(column) == rows


def test_a_sliced_arrow_array_reads_its_own_bytes() -> None:
    sliced = pa.array(["AAA", *ROWS, "ZZZ"]).slice(1, len(ROWS))
    assert _decoded(sliced) == ROWS


@settings(max_examples=50, deadline=None)
@given(st.lists(st.text("ABCKRWUSDZ", min_size=3, max_size=3), max_size=30))
def test_fast_path_agrees_with_python(rows: list[str]) -> None:
    assert _decoded(pa.array(rows, type=pa.string())) == rows
    assert _decoded(np.array(rows, dtype="<U3")) == rows


def test_timestamps_become_days_and_refuse_a_time_of_day() -> None:
    stamps = np.array(["2025-01-27", "NaT", "1969-12-31"], dtype="datetime64[ns]")
    assert read_dates(np, stamps).tolist() == [20115, np.iinfo(np.int64).min, -1]
    for unit in ("s", "ms", "us", "ns", "h"):
        late = np.array(["2025-01-27T01:00", "2025-01-27"], dtype=f"datetime64[{unit}]")
        with pytest.raises(ab.DateTypeError, match="time of day"):
            read_dates(np, late)
    assert read_dates(np, np.array(["2025-01-27"], dtype="datetime64[h]")).tolist() == [20115]


def test_date_objects_read_fast_and_anything_else_as_before() -> None:
    monday = datetime.date(2025, 1, 27)
    assert read_dates(np, np.array([monday, monday], dtype=object)).tolist() == [20115] * 2
    mixed = np.array([monday, "2025-01-28"], dtype=object)
    assert read_dates(np, mixed).tolist() == [20115, 20116]
    with pytest.raises(ab.DateTypeError):
        read_dates(np, np.array([datetime.datetime(2025, 1, 27)], dtype=object))


def test_a_label_the_first_sample_misses_still_gets_its_code() -> None:
    """The fast path looks for distinct labels in every 64th row first; a label only in the
    rows between (here row 5 and the last) is found on the second look, and relabel gives
    the labels of the first look the same codes again."""
    rows = ["USD"] * 1000
    rows[5], rows[-1] = "KRW", "XAU"
    calls: list[list[Any]] = []

    def relabel(labels: list[Any]) -> list[int]:
        calls.append(labels)
        return _index(labels)

    codes, labels = codes_of(np.array(rows), relabel)
    assert [labels[code // 10] for code in codes.tolist()] == rows
    assert calls == [["USD"], ["KRW", "USD", "XAU"]]
