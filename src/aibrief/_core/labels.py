"""A column of labels (currency codes) as integer codes, in one pass and one gather.

:func:`codes_of` reads a NumPy, pandas, Polars or Arrow column of labels, finds its distinct
labels, lets the caller give each distinct label its code (``relabel``), and returns every
row's code from a single gather. A column of three upper-case ASCII letters, as currency
codes are, never hashes a string: its bytes are read as a number below 26**3, so finding the
distinct labels is a ``bincount`` and the codes are one ``take`` from a table of 17,576
entries. Anything else (lower case, other lengths, nulls in Arrow, Python objects) is
factorised by its library. A missing label gets the code -1.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from aibrief._core import extras
from aibrief._core.columns import kind_of

__all__ = ["codes_of"]

#: Gives each distinct label its code; the codes of missing labels are -1.
Relabel = Callable[[list[Any]], Sequence[int]]

_LETTERS = 26
_KEYS = _LETTERS**3
_A = ord("A")


def codes_of(value: Any, relabel: Relabel) -> tuple[Any, list[Any]]:
    """Every row's code (int64; -1 where the label is missing) and the distinct labels, in
    the order ``relabel`` was given them."""
    np = extras.load("numpy", needed_by="reading a column")
    kind = kind_of(value)
    if kind == "pandas":
        return _pandas_codes(np, value, relabel)
    if kind == "polars":
        return _polars_codes(np, value, relabel)
    if kind == "arrow":
        return _arrow_codes(np, value, relabel)
    array = value if isinstance(value, np.ndarray) else np.asarray(value, dtype=object)
    if array.dtype.kind == "U" and array.dtype.itemsize == 3 * 4:
        letters = _letters(np, array.reshape(-1).view(np.uint32).reshape(-1, 3))
        if letters is not None:
            return _from_letters(np, letters, relabel)
    return _from_objects(np, array.reshape(-1).astype(object), relabel)


def _pandas_codes(np: Any, series: Any, relabel: Relabel) -> tuple[Any, list[Any]]:
    pd = extras.load("pandas")
    dtype = series.dtype
    if isinstance(dtype, pd.CategoricalDtype):
        codes = series.cat.codes.to_numpy()
        return _gather(np, codes, list(dtype.categories), relabel)
    if hasattr(series.array, "__arrow_array__") and dtype.kind in "OU":
        return _arrow_codes(np, series.array.__arrow_array__(), relabel)
    codes, uniques = pd.factorize(series, use_na_sentinel=True)
    return _gather(np, codes, list(uniques), relabel)


def _polars_codes(np: Any, series: Any, relabel: Relabel) -> tuple[Any, list[Any]]:
    pl = extras.load("polars")
    if series.dtype in (pl.String, pl.Categorical, pl.Enum):
        # Arrow without a copy: strings, or a categorical's codes and dictionary.
        return _arrow_codes(np, series.to_arrow(), relabel)
    return _from_objects(np, np.array(series.to_list(), dtype=object), relabel)


def _arrow_codes(np: Any, array: Any, relabel: Relabel) -> tuple[Any, list[Any]]:
    pa = extras.load("pyarrow")
    if isinstance(array, pa.ChunkedArray):
        array = array.combine_chunks() if array.num_chunks != 1 else array.chunk(0)
    if isinstance(array, pa.DictionaryArray):
        codes = array.indices.cast(pa.int64()).fill_null(-1).to_numpy(zero_copy_only=False)
        return _gather(np, codes, array.dictionary.to_pylist(), relabel)
    if array.type in (pa.string(), pa.large_string()) and not array.null_count:
        letters = _arrow_letters(np, pa, array)
        if letters is not None:
            return _from_letters(np, letters, relabel)
    encoded = extras.load("pyarrow.compute").dictionary_encode(array)
    codes = encoded.indices.cast(pa.int64()).fill_null(-1).to_numpy(zero_copy_only=False)
    return _gather(np, codes, encoded.dictionary.to_pylist(), relabel)


def _arrow_letters(np: Any, pa: Any, array: Any) -> Any:
    """The bytes of a string array whose every value has three bytes, as rows of three."""
    width = np.int64 if array.type == pa.large_string() else np.int32
    _, offsets_buffer, data = array.buffers()
    offsets = np.frombuffer(offsets_buffer, dtype=width)[array.offset : array.offset + len(array) + 1]  # fmt: skip
    if not len(array) or (np.diff(offsets) != 3).any():
        return None
    first = int(offsets[0])
    raw = np.frombuffer(data, dtype=np.uint8)[first : first + 3 * len(array)]
    return _letters(np, raw.reshape(-1, 3))


def _letters(np: Any, characters: Any) -> Any:
    """Rows of three characters as letter numbers 0-25, or None unless all are A to Z."""
    letters = characters - characters.dtype.type(_A)  # unsigned: below "A" wraps to large
    if not letters.size or letters.max() >= _LETTERS:
        return None
    return letters


def _from_letters(np: Any, letters: Any, relabel: Relabel) -> tuple[Any, list[Any]]:
    # uint16 holds every key (below 17,576): half the memory traffic of int32.
    keys = letters[:, 0] * np.uint16(_LETTERS * _LETTERS)
    keys += letters[:, 1] * np.uint16(_LETTERS)
    keys += letters[:, 2]
    seen = np.zeros(_KEYS, dtype=bool)
    seen[keys] = True  # cheaper than a bincount, which would widen the keys first
    present = np.flatnonzero(seen)
    labels = ["".join(chr(_A + n) for n in _spell(key)) for key in present.tolist()]
    table = np.full(_KEYS, -1, dtype=np.int64)
    table[present] = relabel(labels)
    return table[keys], labels


def _spell(key: int) -> tuple[int, int, int]:
    return key // (_LETTERS * _LETTERS), key // _LETTERS % _LETTERS, key % _LETTERS


def _from_objects(np: Any, values: Any, relabel: Relabel) -> tuple[Any, list[Any]]:
    seen: dict[Any, int] = {}
    codes = [-1 if v is None else seen.setdefault(v, len(seen)) for v in values.tolist()]
    return _gather(np, np.array(codes, dtype=np.int64), list(seen), relabel)


def _gather(np: Any, codes: Any, labels: list[Any], relabel: Relabel) -> tuple[Any, list[Any]]:
    """``codes`` into ``labels`` (-1 for missing) mapped through ``relabel`` with one take."""
    table = np.array([*relabel(labels), -1], dtype=np.int64)
    return table.take(codes), labels
