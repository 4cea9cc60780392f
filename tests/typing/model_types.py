"""What mypy infers for values and models (checked by tests/test_typing.py, not run)."""

from decimal import Decimal
from fractions import Fraction
from typing import Any, assert_type

import pint

import aibrief as ab

won = ab.Approx(ab.Money("8000000000", "KRW"), "about")
assert_type(won, ab.Approx[ab.Money])
assert_type(won.low, ab.Money | None)
assert_type(ab.Approx(10_000, "over"), ab.Approx[Decimal])
assert_type(ab.Approx("4", "range", low=3, high=5), ab.Approx[Decimal])
assert_type(ab.Approx(ab.Q_(10_000, "gpu"), "over"), ab.Approx[pint.Quantity[Any]])
assert_type(ab.parse_amount("7분의 1").fraction, Fraction | None)

brief = ab.Brief()
assert_type(brief.of_kind(ab.MarketMove), tuple[ab.MarketMove, ...])
assert_type(brief.of_kind("market_move"), tuple[ab.Fact | ab.Entity, ...])
