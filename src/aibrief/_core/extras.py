"""The optional libraries (NumPy, pandas, Polars, Arrow, Dask), imported when first used.

``import aibrief`` loads none of them. Code that needs one calls :func:`load`, which imports
it on first use and, when it is not installed, raises
:class:`~aibrief.errors.MissingExtraError` naming the extra that installs it.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any, Final

from aibrief.errors import MissingExtraError

__all__ = ["EXTRAS", "load", "loaded"]

#: The extra of aibrief that installs each optional library (``pip install "aibrief[arrow]"``).
EXTRAS: Final[dict[str, str]] = {
    "numpy": "numpy",
    "pandas": "pandas",
    "polars": "polars",
    "pyarrow": "arrow",
    "pyarrow.compute": "arrow",
    "dask": "dask",
    "dask.dataframe": "dask",
    "dask.bag": "dask",
}


def load(name: str, *, needed_by: str = "this") -> Any:
    """The module ``name`` (one of :data:`EXTRAS`), imported now if it was not yet."""
    module = sys.modules.get(name)
    if module is not None:
        return module
    extra = EXTRAS[name]
    try:
        return importlib.import_module(name)
    except ImportError:
        package = name.partition(".")[0]
        message = f"{needed_by} needs {package}, which is not installed; run: pip install aibrief[{extra}]"
        raise MissingExtraError(message, package=package, extra=extra) from None


def loaded(name: str) -> Any:
    """The module ``name`` if something has imported it already, else ``None``.

    A value can only be a pandas Series if pandas is imported, so this tells a column's kind
    without importing anything.
    """
    return sys.modules.get(name)
