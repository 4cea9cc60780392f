"""A column of labels (currency codes) as integer codes, in one pass and one gather.

:func:`codes_of` reads a NumPy, pandas, Polars or Arrow column of labels, finds its distinct
labels, lets the caller give each distinct label its code (``relabel``), and returns every
row's code from a single gather. A column of three upper-case ASCII letters, as currency
codes are, never hashes a string: its three character codes make a number below 2**16, so
finding the distinct labels is one scatter into a table of flags and the codes are one
``take`` from a table of 65,536 entries. Anything else (lower case, other lengths, nulls in
Arrow, Python objects) is factorised by its library. A missing label gets the code -1.
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
_A, _Z = ord("A"), ord("Z")
#: Room for the key of every three letters from "AAA" to "ZZZ" (see _from_letters).
_KEYS = 1 << 16
# Every how many rows the first look for distinct labels reads one, and the code of a label
# it did not see (below every code relabel gives: -1 and -2 - i).
_SAMPLE_STEP = 64
_UNSEEN = -(1 << 30)
_BLOCK = 1 << 15


def codes_of(value: Any, relabel: Relabel) -> tuple[Any, list[Any]]:
    """Every row's code (an int array; -1 where the label is missing) and the distinct
    labels, in the order ``relabel`` was given them. ``relabel`` may be called twice, the
    second time with more labels, so it should give a label the same code each time."""
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
    if not len(array) or not _all_three_apart(np, offsets):
        return None
    first = int(offsets[0])
    raw = np.frombuffer(data, dtype=np.uint8)[first : first + 3 * len(array)]
    return _letters(np, raw.reshape(-1, 3))


def _all_three_apart(np: Any, offsets: Any) -> bool:
    """Whether every string is three bytes long, a block at a time: the differences of a
    block stay in the cache, where np.diff of the column would write and read them all."""
    if int(offsets[-1]) - int(offsets[0]) != 3 * (len(offsets) - 1):
        return False  # the common refusal, without a pass
    step = np.empty(min(_BLOCK, len(offsets)), dtype=offsets.dtype)
    for start in range(0, len(offsets) - 1, _BLOCK):
        stop = min(start + _BLOCK, len(offsets) - 1)
        block = step[: stop - start]
        np.subtract(offsets[start + 1 : stop + 1], offsets[start:stop], out=block)
        if (block != 3).any():
            return False
    return True


def _letters(np: Any, characters: Any) -> Any:
    """Rows of three character codes, or None unless all are A to Z."""
    if not characters.size or characters.min() < _A or characters.max() > _Z:
        return None
    return characters


def _from_letters(np: Any, characters: Any, relabel: Relabel) -> tuple[Any, list[Any]]:
    # The key is made from the character codes themselves, with no pass to subtract "A":
    # "ZZZ" gives 90 * 676 + 90 * 26 + 90 = 63,270, so uint16 holds every key, half the
    # memory traffic of int32; the keys of real codes start at "AAA", 65 * 703.
    keys = characters[:, 0].astype(np.uint16)
    keys *= np.uint16(_LETTERS * _LETTERS)
    second = characters[:, 1].astype(np.uint16)
    second *= np.uint16(_LETTERS)
    keys += second
    np.add(keys, characters[:, 2], out=keys, casting="unsafe")  # at most 90: no overflow
    # The distinct keys, first from a sample of the rows: marking every row's key costs as
    # much as the gather below. A key the sample missed gathers _UNSEEN (checked with one
    # pass), and then every key is marked and the codes gathered again.
    seen = np.zeros(_KEYS, dtype=bool)
    seen[keys[::_SAMPLE_STEP]] = True
    codes, labels = _gather_keys(np, keys, seen, relabel)
    if int(codes.min()) == _UNSEEN:
        seen[keys] = True
        codes, labels = _gather_keys(np, keys, seen, relabel)
    return codes, labels


def _gather_keys(np: Any, keys: Any, seen: Any, relabel: Relabel) -> tuple[Any, list[Any]]:
    present = np.flatnonzero(seen)
    labels = ["".join(map(chr, _spell(key))) for key in present.tolist()]
    # int32 codes: half the bytes of int64 to write, and every later use widens them.
    table = np.full(_KEYS, _UNSEEN, dtype=np.int32)
    table[present] = relabel(labels)
    return table.take(keys), labels


def _spell(key: int) -> tuple[int, int, int]:
    """The three character codes of a key."""
    letters = key - _A * (_LETTERS * _LETTERS + _LETTERS + 1)  # "AAA" is 0, "ZZZ" 17,575
    first, rest = divmod(letters, _LETTERS * _LETTERS)
    return _A + first, _A + rest // _LETTERS, _A + rest % _LETTERS


def _from_objects(np: Any, values: Any, relabel: Relabel) -> tuple[Any, list[Any]]:
    seen: dict[Any, int] = {}
    codes = [-1 if v is None else seen.setdefault(v, len(seen)) for v in values.tolist()]
    return _gather(np, np.array(codes, dtype=np.int64), list(seen), relabel)


def _gather(np: Any, codes: Any, labels: list[Any], relabel: Relabel) -> tuple[Any, list[Any]]:
    """``codes`` into ``labels`` (-1 for missing) mapped through ``relabel`` with one take."""
    table = np.array([*relabel(labels), -1], dtype=np.int64)
    return table.take(codes), labels
