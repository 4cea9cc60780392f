"""Column kinds: NumPy arrays, pandas Series, Polars Series and Arrow arrays, read as NumPy.

Column functions work on NumPy. This module reads a column of any of the four kinds into a
NumPy array and a mask of its missing values, and writes a result back as the kind it came
in: a pandas Series keeps its index and name, a Polars Series its name, a chunked Arrow
array its chunks; a missing value comes back missing (NaN in NumPy and pandas' float64,
``<NA>`` in pandas' nullable dtypes, null in Polars and Arrow). The kind is told from the
module of the value's type, so no library is imported to ask.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

import attrs

from aibrief._core import extras
from aibrief.errors import InvalidAmountError

if TYPE_CHECKING:
    import numpy as np

    BoolArray = np.ndarray[Any, np.dtype[np.bool_]]

__all__ = ["Column", "Kind", "decimal_type", "kind_of", "read_column"]

#: The kinds of column aibrief reads and writes back; "numpy" also covers lists and scalars.
Kind = Literal["numpy", "pandas", "polars", "arrow"]


@attrs.frozen
class Column:
    """A column read into NumPy: its values, its missing rows, and how to write it back."""

    kind: Kind
    values: Any  # a NumPy array (object for exact decimals)
    missing: BoolArray | None  # None when no row is missing
    original: Any
    #: The values are Decimals (or ints) from a decimal column, for the exact path.
    exact: bool = False

    @property
    def needs_mask(self) -> bool:
        """Whether :meth:`like` writes a mask of missing rows (a float64 NumPy or pandas
        result marks them with NaN itself, so callers can skip computing one)."""
        if self.kind == "pandas":
            pd = extras.load("pandas")
            return self.exact or _is_extension(pd, self.original.dtype)
        return self.kind != "numpy"

    def like(self, result: Any, *, missing: BoolArray | None = None) -> Any:
        """``result`` (NumPy, one row per row of this column) as this column's kind, missing
        where this column is and where ``missing`` is (e.g. rows without a date)."""
        if missing is not None and not missing.any():
            missing = None
        if self.missing is not None:
            missing = self.missing if missing is None else self.missing | missing
        if self.kind == "pandas":
            return _pandas_like(self, result, missing)
        if self.kind == "polars":
            return _polars_like(self, result, missing)
        if self.kind == "arrow":
            return _arrow_like(self, result, missing)
        return result


def kind_of(value: Any) -> Kind:
    """The kind of ``value``, from the module its type comes from."""
    module = type(value).__module__.partition(".")[0]
    if module == "pandas" and _is_instance(value, "pandas", "Series"):
        return "pandas"
    if module == "polars" and _is_instance(value, "polars", "Series"):
        return "polars"
    if module == "pyarrow" and (
        _is_instance(value, "pyarrow", "Array") or _is_instance(value, "pyarrow", "ChunkedArray")
    ):
        return "arrow"
    return "numpy"


def read_column(value: Any, *, role: Literal["amounts", "dates", "labels"]) -> Column:
    """``value`` as NumPy with its missing rows; "dates" come as datetime64 with NaT."""
    np = extras.load("numpy", needed_by="reading a column")
    kind = kind_of(value)
    if kind == "pandas":
        return _from_pandas(np, value, role)
    if kind == "polars":
        return _from_polars(np, value, role)
    if kind == "arrow":
        return _from_arrow(np, value, role)
    return Column("numpy", value, None, value)


# --- Reading ---------------------------------------------------------------------------------


def _from_pandas(np: Any, series: Any, role: str) -> Column:
    pd = extras.load("pandas")
    dtype = series.dtype
    missing = _pandas_missing(pd, series)
    if role == "dates":
        return Column("pandas", _pandas_dates(np, pd, series, missing), missing, series)
    if dtype.kind in "iuf":
        if _is_extension(pd, dtype):
            values = series.to_numpy(dtype=np.float64, na_value=np.nan)
        else:
            values = series.to_numpy()
        return Column("pandas", values, missing, series)
    values = series.to_numpy(dtype=object) if dtype.kind == "O" else series.to_numpy()
    if values.dtype == object and missing is not None:
        values = values.copy()
        values[missing] = None
    exact = role == "amounts" and _holds_decimals(values, missing)
    if not exact and missing is not None and values.dtype == object and role == "amounts":
        values[missing] = np.nan
    return Column("pandas", values, missing, series, exact)


def _pandas_missing(pd: Any, series: Any) -> BoolArray | None:
    """The rows missing from a pandas column, or None when none is or when NumPy's own
    marker (NaN, NaT) carries them through the arithmetic, as it does for float64 and
    datetime64 (a mask there would cost a pass over the column for nothing)."""
    dtype = series.dtype
    if not _is_extension(pd, dtype) and dtype.kind in "fM":
        return None
    if not _is_extension(pd, dtype) and not series.hasnans:
        return None
    missing: BoolArray = series.isna().to_numpy()
    return missing if missing.any() else None


def _pandas_dates(np: Any, pd: Any, series: Any, missing: Any) -> Any:
    dtype = series.dtype
    if isinstance(dtype, pd.DatetimeTZDtype):
        # An aware timestamp's day is its day in its own time zone.
        series = series.dt.tz_localize(None)
    if series.dtype.kind == "M":
        return series.to_numpy()
    values = series.to_numpy(dtype=object)
    if missing is not None:
        values = values.copy()
        values[missing] = None
    return values


def _from_polars(np: Any, series: Any, role: str) -> Column:
    pl = extras.load("polars")
    dtype = series.dtype
    missing = series.is_null().to_numpy() if series.null_count() else None
    if role == "dates" and dtype == pl.Date:
        days = series.to_physical().cast(pl.Int64).fill_null(0).to_numpy()
        values = np.where(missing, np.iinfo(np.int64).min, days) if missing is not None else days
        return Column("polars", values.view("datetime64[D]"), missing, series)
    if dtype.is_decimal() and role == "amounts":
        return Column("polars", np.array(series.to_list(), dtype=object), missing, series, True)
    if dtype.is_numeric() and not dtype.is_decimal():
        return Column("polars", series.cast(pl.Float64).to_numpy(), missing, series)
    values = series.to_numpy()
    if missing is not None and values.dtype == object and role == "amounts":
        values[missing] = np.nan
    return Column("polars", values, missing, series)


def _from_arrow(np: Any, array: Any, role: str) -> Column:
    pa = extras.load("pyarrow")
    missing = array.is_null().to_numpy(zero_copy_only=False) if array.null_count else None
    if pa.types.is_decimal(array.type) and role == "amounts":
        return Column("arrow", np.array(array.to_pylist(), dtype=object), missing, array, True)
    values = array.to_numpy(zero_copy_only=False)
    if missing is not None and values.dtype == object:
        values[missing] = np.nan if role == "amounts" else None
    return Column("arrow", values, missing, array)


def _holds_decimals(values: Any, missing: Any) -> bool:
    """An object column whose present values are all Decimals or ints, one a Decimal."""
    present = values if missing is None else values[~missing]
    # One pass in C over the types, not an isinstance call per row.
    types = set(map(type, present.tolist()))
    return Decimal in types and types <= {Decimal, int}


# --- Writing back ----------------------------------------------------------------------------


def _pandas_like(column: Column, result: Any, missing: Any) -> Any:
    pd = extras.load("pandas")
    series = column.original
    if column.exact:
        return pd.Series(result, index=series.index, name=series.name, dtype=object)
    if _is_extension(pd, series.dtype):
        result = pd.arrays.FloatingArray(result, _nan_mask(result, missing))
    return pd.Series(result, index=series.index, name=series.name, copy=False)


def _polars_like(column: Column, result: Any, missing: Any) -> Any:
    pl = extras.load("polars")
    name = column.original.name
    if column.exact:
        precision, scale = decimal_type(result, limit=38, library="Polars")
        return pl.Series(name, result.tolist(), dtype=pl.Decimal(precision, scale))
    out = pl.Series(name, result)
    if missing is not None:
        out = out.scatter(missing.nonzero()[0], None)
    return out


def _arrow_like(column: Column, result: Any, missing: Any) -> Any:
    pa = extras.load("pyarrow")
    original = column.original
    if column.exact:
        precision, scale = decimal_type(result, limit=76, library="Arrow")
        kind = pa.decimal128 if precision <= 38 else pa.decimal256
        whole = pa.array(result.tolist(), type=kind(precision, scale))
    else:
        whole = pa.array(result, mask=missing)
    if isinstance(original, pa.ChunkedArray):
        return _chunked_like(pa, original, whole)
    return whole


def decimal_type(values: Any, *, limit: int, library: str) -> tuple[int, int]:
    """The (precision, scale) of a decimal column that holds every value's digits exactly."""
    whole = fraction = 0
    for value in values.tolist():
        if value is None:
            continue
        _, digits, exponent = value.as_tuple()
        fraction = max(fraction, -exponent)
        whole = max(whole, len(digits) + exponent)
    precision = max(whole, 0) + fraction
    if precision > limit:
        message = (
            f"the exact results need {precision} digits ({max(whole, 0)} before the point"
            f" and {fraction} after), more than a {library} decimal holds ({limit});"
            " convert a pandas column of Decimals, or round the results yourself"
        )
        raise InvalidAmountError(message, value=precision)
    return max(precision, 1), fraction


def _chunked_like(pa: Any, original: Any, whole: Any) -> Any:
    chunks, start = [], 0
    for chunk in original.chunks:
        chunks.append(whole.slice(start, len(chunk)))
        start += len(chunk)
    return pa.chunked_array(chunks, type=whole.type)


def _nan_mask(result: Any, missing: Any) -> Any:
    np = extras.load("numpy")
    return np.isnan(result) if missing is None else missing | np.isnan(result)


def _is_extension(pd: Any, dtype: Any) -> bool:
    return isinstance(dtype, pd.api.extensions.ExtensionDtype) and not isinstance(
        dtype, pd.DatetimeTZDtype
    )


def _is_instance(value: Any, module: str, name: str) -> bool:
    loaded = extras.loaded(module)
    return loaded is not None and isinstance(value, getattr(loaded, name))
