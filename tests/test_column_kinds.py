"""convert_many over pandas, Polars and Arrow columns: the same kind out, index, names and
missing values kept, and the exact path for Decimal columns with scalar convert's digits."""

from __future__ import annotations

import datetime
from decimal import Decimal

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import aibrief as ab

pd = pytest.importorskip("pandas")
pl = pytest.importorskip("polars")
pa = pytest.importorskip("pyarrow")

D = datetime.date
MONDAY = D(2025, 1, 27)
KRW_PER_USD = 1507.97 / 1.0530


def _exact(amount: Decimal, source: str, target: str, day: datetime.date) -> Decimal:
    return ab.convert(ab.Money(amount, source), target, on=day).result.amount


def test_pandas_keeps_index_name_and_missing_values() -> None:
    usd = pd.Series([100.0, np.nan, 3.0], index=["a", "b", "c"], name="usd")
    dates = pd.Series(pd.to_datetime(["2025-01-27", "2025-01-27", None]))
    krw = ab.convert_many(usd, "USD", "KRW", dates)
    assert isinstance(krw, pd.Series)
    assert krw.name == "usd"
    assert krw.index.tolist() == ["a", "b", "c"]
    assert krw["a"] == pytest.approx(100 * KRW_PER_USD, rel=1e-15)
    assert krw.isna().tolist() == [False, True, True]


def test_pandas_nullable_dtypes_stay_nullable() -> None:
    counts = pd.Series([1, None, 3], dtype="Int64")
    krw = ab.convert_many(counts, "USD", "KRW", MONDAY)
    assert str(krw.dtype) == "Float64"
    assert krw.isna().tolist() == [False, True, False]
    assert krw[2] == pytest.approx(3 * KRW_PER_USD, rel=1e-15)


@pytest.mark.parametrize(
    "dates",
    [
        pd.Series([MONDAY, None], dtype=object),
        pd.Series(["2025-01-27", None]),
        pd.Series(pd.to_datetime(["2025-01-27 00:00", None]).tz_localize("Asia/Seoul")),
        pd.Series(pd.to_datetime(["2025-01-27", None]).as_unit("s")),
    ],
)
def test_pandas_dates_of_every_kind(dates: object) -> None:
    krw = ab.convert_many(pd.Series([1.0, 1.0]), "USD", "KRW", dates)
    assert krw[0] == pytest.approx(KRW_PER_USD, rel=1e-15)
    assert np.isnan(krw[1])


def test_pandas_refuses_booleans_text_and_times_of_day() -> None:
    with pytest.raises(ab.AmountTypeError, match="booleans"):
        ab.convert_many(pd.Series([True, False]), "USD", "KRW", MONDAY)
    with pytest.raises(ab.AmountTypeError, match="str"):
        ab.convert_many(pd.Series(["1", "2"]), "USD", "KRW", MONDAY)
    with pytest.raises(ab.DateTypeError, match="time of day"):
        ab.convert_many(pd.Series([1.0]), "USD", "KRW", pd.Series(pd.to_datetime(["2025-01-27 09:30"])))  # fmt: skip


def test_polars_keeps_name_and_nulls() -> None:
    usd = pl.Series("usd", [1.0, None, 3.0, float("nan")])
    dates = pl.Series("day", [MONDAY, MONDAY, None, MONDAY])
    krw = ab.convert_many(usd, "USD", "KRW", dates)
    assert isinstance(krw, pl.Series)
    assert krw.name == "usd"
    assert krw.is_null().to_list() == [False, True, True, False]
    assert np.isnan(krw[3])
    assert krw[0] == pytest.approx(KRW_PER_USD, rel=1e-15)


@pytest.mark.parametrize(
    "dates",
    [
        pl.Series([MONDAY, MONDAY]),
        pl.Series([datetime.datetime(2025, 1, 27)] * 2),
        pl.Series(["2025-01-27", "2025-01-27"]),
        pa.array([MONDAY, MONDAY], type=pa.date32()),
        pa.array([datetime.datetime(2025, 1, 27)] * 2, type=pa.timestamp("ms")),
    ],
)
def test_polars_and_arrow_dates(dates: object) -> None:
    krw = ab.convert_many(np.array([1.0, 2.0]), "USD", "KRW", dates)
    np.testing.assert_allclose(krw, [KRW_PER_USD, 2 * KRW_PER_USD], rtol=1e-15)


def test_arrow_arrays_and_chunked_arrays_keep_their_shape_and_nulls() -> None:
    chunked = pa.chunked_array([[1.0, None], [3.0]])
    krw = ab.convert_many(chunked, "USD", "KRW", pa.array([MONDAY, MONDAY, None]))
    assert isinstance(krw, pa.ChunkedArray)
    assert [len(chunk) for chunk in krw.chunks] == [2, 1]
    assert krw.to_pylist()[1:] == [None, None]
    plain = ab.convert_many(pa.array([1, None], type=pa.int64()), "USD", "KRW", MONDAY)
    assert isinstance(plain, pa.Array)
    assert plain.type == pa.float64()
    assert plain.to_pylist()[1] is None


@pytest.mark.parametrize(
    "column",
    [
        np.array([], dtype=np.float64),
        pd.Series([], dtype=float),
        pl.Series([], dtype=pl.Float64),
        pa.array([], type=pa.float64()),
    ],
)
def test_empty_columns_of_every_kind(column: object) -> None:
    result = ab.convert_many(column, "USD", "KRW", [])
    assert len(result) == 0  # type: ignore[arg-type]
    assert type(result).__module__.partition(".")[0] == type(column).__module__.partition(".")[0]


# --- The exact path ---------------------------------------------------------------------------

AMOUNTS = [Decimal("5576000"), Decimal("0.01"), Decimal("-12.345"), Decimal("1E+3"), None]
DAYS = [MONDAY, D(2025, 1, 25), D(2024, 12, 25), D(2008, 3, 3), MONDAY]


def test_pandas_decimal_column_has_the_digits_of_scalar_convert() -> None:
    amounts = pd.Series(AMOUNTS, dtype=object, index=list("vwxyz"), name="usd")
    krw = ab.convert_many(amounts, "USD", "KRW", DAYS)
    assert krw.dtype == object
    assert krw.index.tolist() == list("vwxyz")
    assert krw["v"] == Decimal("7985223855.650522317188983855650522")
    expected = [_exact(a, "USD", "KRW", d) for a, d in zip(AMOUNTS[:4], DAYS, strict=False)]
    assert krw.tolist() == [*expected, None]


def test_arrow_decimal_column_is_exact_and_wide_enough() -> None:
    amounts = pa.array(AMOUNTS, type=pa.decimal128(20, 3))
    krw = ab.convert_many(amounts, "USD", "KRW", DAYS)
    assert pa.types.is_decimal(krw.type)
    expected = [_exact(a, "USD", "KRW", d) for a, d in zip(AMOUNTS[:4], DAYS, strict=False)]
    assert krw.to_pylist() == [*expected, None]


def test_polars_decimal_column_is_exact_or_says_why_not() -> None:
    eur = pl.Series("eur", [Decimal("100.00"), None], dtype=pl.Decimal(10, 2))
    usd = ab.convert_many(eur, "EUR", "USD", MONDAY)
    assert usd.to_list() == [Decimal("105.300000"), None]
    with pytest.raises(ab.InvalidAmountError, match="more than a Polars decimal holds"):
        ab.convert_many(pl.Series([Decimal("1"), Decimal("1E+12")]), "USD", "KRW", MONDAY)


def test_exact_path_refuses_what_money_refuses() -> None:
    with pytest.raises(ab.InvalidAmountError):
        ab.convert_many(pd.Series([Decimal("NaN"), Decimal("Infinity")], dtype=object), "USD", "KRW", MONDAY)  # fmt: skip
    with pytest.raises(ab.RateUnavailableError, match="2004-01-05"):
        ab.convert_many(pd.Series([Decimal(1)], dtype=object), "CNY", "USD", ["2004-01-05"])


@settings(max_examples=40, deadline=None)
@given(
    rows=st.lists(
        st.tuples(
            st.decimals(min_value=-(10**12), max_value=10**12, allow_nan=False, places=4),
            st.dates(min_value=D(2009, 1, 2), max_value=D(2026, 10, 30)),
        ),
        min_size=1,
        max_size=30,
    ),
    pair=st.sampled_from([("USD", "KRW"), ("EUR", "JPY"), ("CNY", "EUR"), ("GBP", "GBP")]),
    policy=st.sampled_from(["previous", "next", "nearest", "interpolate"]),
)
def test_every_row_of_the_exact_path_equals_scalar_convert(
    rows: list[tuple[Decimal, datetime.date]], pair: tuple[str, str], policy: str
) -> None:
    source, target = pair
    amounts = pd.Series([amount for amount, _ in rows], dtype=object)
    days = [day for _, day in rows]
    try:
        expected = [
            ab.convert(ab.Money(a, source), target, on=d, missing=policy).result.amount  # type: ignore[arg-type]
            for a, d in rows
        ]
    except ab.RateUnavailableError:
        with pytest.raises(ab.RateUnavailableError):
            ab.convert_many(amounts, source, target, days, missing=policy)  # type: ignore[arg-type]
        return
    got = ab.convert_many(amounts, source, target, days, missing=policy)  # type: ignore[arg-type]
    assert [str(x) for x in got] == [str(x) for x in expected]
