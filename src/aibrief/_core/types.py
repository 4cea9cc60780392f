"""Types every layer shares: the languages aibrief reads and writes, and what a pint quantity is.

>>> from aibrief._core.types import LANGS
>>> LANGS
('en', 'ko', 'zh')
"""

from __future__ import annotations

from typing import Final, Literal

__all__ = ["LANGS", "Lang", "is_quantity", "is_quantity_class"]

#: A language of aibrief's reading, explanations, tables and tour: Korean, Chinese, English.
Lang = Literal["en", "ko", "zh"]
#: The values of :data:`Lang`, in the order the command line lists them.
LANGS: Final[tuple[Lang, ...]] = ("en", "ko", "zh")


def is_quantity(value: object) -> bool:
    """Whether ``value`` is a pint quantity, without importing pint.

    A quantity can only exist once pint is imported, so its type's module tells.

    >>> from decimal import Decimal
    >>> is_quantity(Decimal("5.6"))
    False
    """
    return type(value).__module__.startswith("pint") and hasattr(value, "_units")


def is_quantity_class(cls: object) -> bool:
    """Whether ``cls`` is a pint quantity class (a type annotation, say), without importing pint.

    >>> is_quantity_class(int)
    False
    """
    return isinstance(cls, type) and cls.__module__.startswith("pint") and hasattr(cls, "magnitude")
