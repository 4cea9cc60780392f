"""A change with a direction and a bound: the interval the words mean.

"5% 이상 하락" is a fall of at least 5%: a change of at most -5%, so the qualifier turns
round when the direction is down ("at least 5" of a fall is "up to -5"). A bound from above
on the size of a change ("fell less than 5%", "10% 미만 상승") also keeps the change on its
side of zero: "fell less than 5%" is a change between -5% and 0, not any change above -5%.
"Nearly" and "about" already measure the size ("10% 가까이 급락" is -10% and no more than it),
and :class:`~aibrief.Approx` takes their sign into account.

>>> directed("at_least", Decimal("-5"), -1)
Bounds(qualifier='up_to', low=None, high=None, low_open=False, high_open=False)
>>> directed("under", Decimal("-5"), -1)
Bounds(qualifier='over', low=Decimal('-5'), high=Decimal('0'), low_open=True, high_open=True)
>>> directed("up_to", Decimal("5"), 1)
Bounds(qualifier='up_to', low=Decimal('0'), high=Decimal('5'), low_open=True, high_open=False)
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final, Literal, NamedTuple

from aibrief._quantities.approx import Qualifier

__all__ = ["DIRECTIONS", "Bounds", "Direction", "directed"]

#: The direction of a change a verb states: "up" (상승, 上涨, rose), "down" (하락, 下跌, fell).
Direction = Literal["up", "down"]
#: Directions by the sign of their verb.
DIRECTIONS: Final[dict[int, Direction]] = {1: "up", -1: "down"}

_MIRRORED: Final[dict[str, Qualifier]] = {
    "over": "under", "under": "over", "at_least": "up_to", "up_to": "at_least",
}  # fmt: skip
_ZERO: Final = Decimal(0)


class Bounds(NamedTuple):
    """The qualifier of a change and the bounds its direction adds (``None`` for none)."""

    qualifier: Qualifier
    low: Decimal | None
    high: Decimal | None
    low_open: bool
    high_open: bool


def directed(qualifier: Qualifier, value: Decimal, direction: int) -> Bounds:
    """The qualifier and bounds of a change of signed ``value`` whose verb has ``direction``
    (+1 up, -1 down, 0 none), qualified by ``qualifier`` as the text wrote it."""
    if direction < 0:
        qualifier = _MIRRORED.get(qualifier, qualifier)
    if direction == 0 or qualifier not in ("under", "up_to", "over", "at_least"):
        return Bounds(qualifier, None, None, False, False)
    # A bound on the size only: zero closes the other side ("fell less than 5%": (-5, 0)).
    if direction > 0 and qualifier in ("under", "up_to"):
        return Bounds(qualifier, _ZERO, value, True, qualifier == "under")
    if direction < 0 and qualifier in ("over", "at_least"):
        return Bounds(qualifier, value, _ZERO, qualifier == "over", True)
    return Bounds(qualifier, None, None, False, False)
