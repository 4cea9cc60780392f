"""The one way to find aibrief's data files, wherever the module that reads them sits.

>>> from aibrief._core.data import data_path
>>> data_path("units.txt").name
'units.txt'
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

# A plain path, not importlib.resources: the package is always installed as files (the wheel
# is not zip-safe), and a path costs nothing to build, which matters for the rate table's
# first load.
DATA_DIR: Final = Path(__file__).resolve().parent.parent / "_data"


def data_path(name: str) -> Path:
    """The path of the data file ``name`` shipped in ``aibrief/_data``."""
    return DATA_DIR / name


def read_data(name: str) -> bytes:
    """The bytes of the data file ``name`` shipped in ``aibrief/_data``."""
    return data_path(name).read_bytes()
