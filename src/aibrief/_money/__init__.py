"""Exact money: :class:`~aibrief.Money`, its arithmetic with pint quantities, and conversion at
a dated exchange rate.

Importing this package imports :mod:`.money`, which tells the unit registry (a lower layer)
to settle currency quantities into Money. :mod:`.conversion` loads the rate machinery, which
reading and arithmetic never need, so it is imported on first use: by the first
:meth:`Money.to <aibrief.Money.to>`, or by the first look-up of one of its names here
(PEP 562). A user unpickling a Money gets the same.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from aibrief._money.money import ROUNDING_MODES, Money
from aibrief._units.registry import Q_, load_pint_units, ureg

if TYPE_CHECKING:
    from aibrief._money.conversion import Conversion, convert, convert_many, convert_quantity

__all__ = [
    "Q_",
    "ROUNDING_MODES",
    "Conversion",
    "Money",
    "convert",
    "convert_many",
    "convert_quantity",
    "load_pint_units",
    "ureg",
]

_CONVERSION_NAMES = frozenset({"Conversion", "convert", "convert_many", "convert_quantity"})


def __getattr__(name: str) -> object:
    if name not in _CONVERSION_NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module("aibrief._money.conversion"), name)
    globals()[name] = value  # later look-ups skip __getattr__
    return value
