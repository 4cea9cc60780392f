"""The one way to find aibrief's data files, wherever the module that reads them sits.

>>> from aibrief._core.data import data_path
>>> data_path("units.txt").name
'units.txt'
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from pathlib import Path

# A plain path, not importlib.resources: the package is always installed as files (the wheel
# is not zip-safe), and a path costs nothing to build, which matters for the rate table's
# first load. A str, with os.path: pathlib (and the urllib.parse it imports) would add a
# millisecond to the first find_amounts, which reads a data file but needs no Path.
DATA_DIR: Final = os.path.join(
    os.path.dirname(os.path.dirname(os.path.realpath(__file__))), "_data"
)


def data_path(name: str) -> Path:
    """The path of the data file ``name`` shipped in ``aibrief/_data``."""
    from pathlib import Path

    return Path(DATA_DIR, name)


def read_data(name: str) -> bytes:
    """The bytes of the data file ``name`` shipped in ``aibrief/_data``."""
    with open(os.path.join(DATA_DIR, name), "rb") as file:
        return file.read()
