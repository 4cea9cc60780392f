"""Ranges written with two whole amounts, and pairs of bounds that close an interval.

- Both ends whole, perhaps each with its unit: "10달러 - 20달러", "25000 - 30000원", "五块六到五块
  七毛八"; the ends share the unit, currency and scale written on either ("20억에서 50억 달러",
  "between $2 and $3 billion": 2 billion to 3 billion).
- Korean joins the ends with particles: "20과 30 사이", "20에서 100", "20부터 100까지"; "A에서
  B로" is a change from A to B, not a range, and is left alone.
- English: "between 10 and 20 dollars", "from 10 dollars to 20 dollars", unless a change verb
  comes first ("rose from 10% to 20%" is a change).
- Two bounds close an interval: "100 이상 300 이하" is [100, 300], "10 초과, 20 미만" (10, 20),
  "10보다 크고 20보다 작다" (10, 20), "50 이하, 20 이상" [20, 50].

The range is reported like any other: ``qualifier="range"``, its ends in ``low`` and ``high``
(with ``low_open`` and ``high_open`` when a bound leaves its end out) and its midpoint in
``value``.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING, Final

from aibrief._core.decimal import EXACT
from aibrief._reading.numerals import power_of_ten, tidy
from aibrief._reading.scan.tables import Draft, Read

if TYPE_CHECKING:
    from aibrief._reading.scan.scanner import Scanner

__all__ = [
    "read_between",
    "read_bound_pair",
    "read_joined_range",
    "read_tolerance",
    "read_tolerance_after",
    "read_whole_range",
]

_HALF: Final = Decimal("0.5")
_ZERO: Final = Decimal(0)
# A percent's tolerance may be written in percentage points: "5.6% ± 0.2%p".
_PERCENTS: Final = frozenset({"percent", "percentage_point"})
_LOWER: Final = frozenset({"over", "at_least"})
_UPPER: Final = frozenset({"under", "up_to"})
# English verbs of change before "from": "rose from 10% to 20%" is a change, not a range.
_CHANGE_BEFORE: Final = re.compile(
    r"(?i:(?:rose|fell|grew|increased|decreased|jumped|dropped|climbed|declined|surged|"
    r"plunged|slid|rising|falling|growing|up|down|went|moved|changed|cut|raised)\s+)$"
)


def read_whole_range(scanner: Scanner, draft: Draft, pos: int) -> int:
    """A second whole amount after ~, -, to, 至 or 到: "10달러 - 20달러", "10%~20%"."""
    norm = scanner.norm
    found = scanner.tables.range.match(norm, pos)
    if found is None or draft.low is not None:
        return pos
    if found[0].strip().lower() == "to" and norm[: draft.start].lower().endswith("from "):
        return pos  # "rose from 10% to 20%": a change from one to the other
    high = _sub_read(scanner, found.end())
    if high is None or not _join(draft, high):
        return pos
    return high.end


def read_joined_range(scanner: Scanner, draft: Draft, pos: int) -> int:
    """Korean ends joined by particles: "20과 30 사이", "20에서 100", "20부터 100까지"."""
    norm, tables = scanner.norm, scanner.tables
    found = tables.joined.match(norm, pos)
    if found is None or draft.low is not None or draft.per is not None:
        return pos
    high = _sub_read(scanner, found.end())
    if high is None or high.qualifier not in ("exact", "up_to"):
        return pos
    closing = tables.joined_close.match(norm, high.end)
    particle = found["particle"]
    if particle in ("과", "와") and (closing is None or high.qualifier == "up_to"):
        return pos  # "3백과 2백" are two numbers; "까지" closes "부터" and "에서"
    if closing is None and tables.towards.match(norm, high.end):
        return pos  # "100억에서 200억으로": a change, from one to the other
    high.qualifier = "exact"
    if not _join(draft, high):
        return pos
    return closing.end() if closing is not None else high.end


def read_bound_pair(scanner: Scanner, draft: Draft, pos: int) -> int:
    """A bound, then the bound on the other side: "100 이상 300 이하", "10보다 크고 20보다
    작다", "50 이하, 20 이상"."""
    if draft.qualifier not in _LOWER | _UPPER or draft.direction or draft.low is not None:
        return pos
    found = scanner.tables.pair.match(scanner.norm, pos)
    if found is None:
        return pos
    other = _sub_read(scanner, found.end())
    if other is None or other.direction or other.low is not None:
        return pos
    pair = (draft.qualifier, other.qualifier)
    if pair[0] in _LOWER and pair[1] in _UPPER:
        low, high = draft, other
    elif pair[0] in _UPPER and pair[1] in _LOWER:
        low, high = other, draft
    else:
        return pos
    low_open, high_open = low.qualifier == "over", high.qualifier == "under"
    if not _join(draft, other, ends=(_signed(low), _signed(high))):
        return pos
    draft.low_open, draft.high_open = low_open, high_open
    return other.end


def read_between(scanner: Scanner, pos: int) -> Read | None:
    """English "between A and B" and "from A to B" at ``pos``, or ``None``."""
    norm, tables = scanner.norm, scanner.tables
    found = tables.between.match(norm, pos)
    if found is None:
        return None
    if found["word"].lower() == "from" and _CHANGE_BEFORE.search(norm[max(0, pos - 12) : pos]):
        return None
    low = _sub_read(scanner, found.end())
    if low is None or low.low is not None:
        return None
    joint = tables.between_joint[found["word"].lower()].match(norm, low.end)
    high = _sub_read(scanner, joint.end()) if joint is not None else None
    if high is None or not _join(low, high):
        return None
    low.start, low.end = pos, high.end
    return low, low.end


def read_tolerance(scanner: Scanner, pos: int) -> Read | None:
    """A tolerance alone, "±2%", "±50bp": the range from minus it to plus it, centred on 0."""
    sign = scanner.tables.plus_minus.match(scanner.norm, pos)
    if sign is None:
        return None
    width = _sub_read(scanner, sign.end())
    if width is None or width.low is not None or width.sign < 0 or width.direction:
        return None
    width.low, width.high = EXACT.minus(width.value), width.value
    width.value, width.qualifier, width.worded, width.start = _ZERO, "range", True, pos
    return width, width.end


def read_tolerance_after(scanner: Scanner, draft: Draft, pos: int) -> int:
    """A figure and its tolerance, "5.6% ± 0.2%p", "3.2 ±0.1": the range around it."""
    sign = scanner.tables.plus_minus_after.match(scanner.norm, pos)
    if sign is None or draft.low is not None or draft.per is not None:
        return pos
    width = _sub_read(scanner, sign.end())
    if width is None or width.low is not None or width.sign < 0 or width.per is not None:
        return pos
    same = width.unit in (None, draft.unit) or {draft.unit, width.unit} == _PERCENTS
    if not same or width.currency not in (None, draft.currency):
        return pos
    centre = _signed(draft)
    draft.low, draft.high = EXACT.subtract(centre, width.value), EXACT.add(centre, width.value)
    draft.value, draft.sign, draft.qualifier, draft.end = centre, 1, "range", width.end
    draft.worded = True
    return width.end


def _sub_read(scanner: Scanner, pos: int) -> Draft | None:
    """The whole amount at ``pos`` (after spaces), as the scanner reads it, or ``None``."""
    pos = scanner.skip_spaces(pos)
    if pos >= len(scanner.norm):
        return None
    start = scanner.read_prefixes(pos)
    if start is None or start.each:
        return None
    outer, scanner.second_end = scanner.second_end, True  # numerals alone count: "천에서 천오백"
    try:
        found, _ = scanner.read_inner(start)  # nested: at most four deep
    finally:
        scanner.second_end = outer
    if not isinstance(found, Draft) or found.per is not None or found.equivalent is not None:
        return None
    return found


def _join(draft: Draft, high: Draft, *, ends: tuple[Decimal, Decimal] | None = None) -> bool:
    """Make ``draft`` the range from itself to ``high``, sharing unit, currency and scale;
    ``False`` when the two cannot be ends of one range."""
    if None not in (draft.unit, high.unit) and draft.unit != high.unit:
        return False
    if None not in (draft.currency, high.currency) and draft.currency != high.currency:
        return False
    if (draft.unit and high.currency) or (draft.currency and high.unit):
        return False
    low, high_value = _signed(draft), _signed(high)  # "마이너스 십에서 십오 사이": -10 to 15
    if ends is not None:
        low, high_value = ends
    elif _bare(draft) and high.scaled and high.top:
        borrowed = tidy(EXACT.multiply(low, power_of_ten(high.top)))
        low = borrowed if borrowed < high_value else low  # "between $2 and $3 billion"
    if not low < high_value:
        return False
    draft.low, draft.high, draft.qualifier = low, high_value, "range"
    draft.value = tidy(EXACT.multiply(EXACT.add(low, high_value), _HALF))
    draft.worded = True
    # A verb's direction stays the range's sign ("10%~20% 하락"); a minus is in the ends.
    draft.direction = draft.direction or high.direction
    draft.sign = draft.direction or 1
    draft.unit = draft.unit or high.unit
    draft.currency = draft.currency or high.currency
    draft.currency_options = draft.currency_options or high.currency_options
    draft.end = high.end
    return True


def _bare(draft: Draft) -> bool:
    """Whether a low end is a bare number that borrows the high end's scale ("between $2 and
    $3 billion"), not a whole amount with its own word ("1달러~1만1달러")."""
    return not (draft.scaled or draft.unit or draft.currency_word)


def _signed(draft: Draft) -> Decimal:
    """The value with a minus sign written before it, though not a verb's direction."""
    if draft.sign < 0 and not draft.direction:
        return EXACT.minus(draft.value)
    return draft.value
