"""Ranges: a second number after ~, -, to or 至 ("5~6조원", "$5-6 million", "10%~20%").

A range is reported as one amount with ``qualifier="range"``, its ends in ``low`` and ``high``
and its midpoint in ``value``. The scanner (:mod:`aibrief._reading.scan.scanner`) calls
:func:`read_range` right after the number and its scale, and :func:`read_range_after_unit`
after the unit when both ends carry it.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Final

from aibrief._core.decimal import EXACT
from aibrief._reading.numerals import power_of_ten, read_numeral, tidy
from aibrief._reading.scan import tail
from aibrief._reading.scan.tables import RANGE_FIRSTS, Draft

if TYPE_CHECKING:
    from aibrief._reading.scan.scanner import Scanner

__all__ = ["read_range", "read_range_after_unit"]

_HALF: Final = Decimal("0.5")


def read_range(scanner: Scanner, draft: Draft, pos: int, *, borrow: bool = True) -> int:
    """A second number after ~, -, to or 至: "5~6조원", "$5-6 million", "1억~2억 달러".

    A bare low end borrows the high end's scale ("5~6조" is 5조 to 6조) unless the high
    end is a whole amount of its own ("1달러~1만달러", "$1 to $1.001K").
    """
    norm, tables = scanner.norm, scanner.tables
    if norm[pos : pos + 1] not in RANGE_FIRSTS:
        return pos
    found = tables.range.match(norm, pos)
    if found is None:
        return pos
    end = found.end()
    currency = None
    if (sign_found := tables.currencies.match(norm, end)) is not None:
        (kind, meaning), end = sign_found
        currency = scanner.currency_of(kind, meaning)[0]
        end += norm.startswith(" ", end)
    high = _high_end(scanner, end, currency is not None)
    if high is None or (draft.currency and currency not in (None, draft.currency)):
        return pos
    high_value, top, end = high
    low = draft.value
    if borrow and currency is None and not draft.scaled and top:
        borrowed = tidy(EXACT.multiply(low, power_of_ten(top)))
        low = borrowed if borrowed < high_value else low
    if not low < high_value or tables.junk.match(norm, end):
        return pos
    draft.currency = draft.currency or currency
    draft.low, draft.high, draft.qualifier = low, high_value, "range"
    draft.value = tidy(EXACT.multiply(EXACT.add(low, high_value), _HALF))
    return end


def read_range_after_unit(scanner: Scanner, draft: Draft, pos: int) -> int:
    """A range whose ends both carry the unit: "10%~20%", "100억위안~200억위안"."""
    before = (draft.value, draft.qualifier, draft.currency, draft.scaled)
    end = read_range(scanner, draft, pos, borrow=False)
    if end == pos:
        return pos
    word = tail.word_after(scanner, end)
    if word is not None and word.kind in ("currency", "currencies"):
        if scanner.currency_of(word.kind, word.meaning)[0] == draft.currency:
            return word.end
    elif word is not None and word.meaning == draft.unit:
        return word.end
    draft.value, draft.qualifier, draft.currency, draft.scaled = before
    draft.low = draft.high = None
    return pos


def _high_end(scanner: Scanner, pos: int, after_sign: bool) -> tuple[Decimal, int, int] | None:
    """A range's high end: its value, the scale a bare low end borrows, where it ends."""
    core = scanner.tables.core.match(scanner.norm, pos)
    high = read_numeral(core[0]) if core is not None else None
    if core is None or high is None:
        return None
    if high.scaled or not "0" <= core[0][0] <= "9":
        return high.value, high.top_group, core.end()
    scale = scanner.scale_at(core.end(), after_sign)
    if scale is None:
        return high.value, 0, core.end()
    exponent, end = scale
    return tidy(EXACT.multiply(high.value, power_of_ten(exponent))), exponent, end
