"""Exact money: :class:`~aibrief.Money`, its arithmetic with pint quantities, and conversion at
a dated exchange rate.

Importing this package imports both of its modules, and that order matters: :mod:`.money`
tells the unit registry (a lower layer) to settle currency quantities into Money, and
:mod:`.conversion` gives :meth:`Money.to` its converter. Whoever imports any part of the
package, a user unpickling a Money included, gets both in place.
"""

from aibrief._money.conversion import Conversion, convert, convert_many, convert_quantity
from aibrief._money.money import ROUNDING_MODES, Money
from aibrief._units.registry import Q_, load_pint_units, ureg

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
