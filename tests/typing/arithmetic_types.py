"""What mypy infers for the news arithmetic (checked by tests/test_typing.py, not run)."""

from decimal import Decimal
from typing import Any, assert_type

import aibrief as ab

usd = ab.Money("5576000", "USD")
about = ab.Approx(Decimal(5), "about")

assert_type(ab.percent_of("5.6", usd), ab.Money)
assert_type(ab.percent_of(Decimal("5.6"), 1000), Decimal)
assert_type(ab.percent_of(about, usd), ab.Approx[Any])
assert_type(ab.whole_from_part(usd, "5.6"), ab.Money)
assert_type(ab.fraction_of((1, 70), ab.Money("70", "CNY")), ab.Money)
assert_type(ab.times(3, Decimal("1.5")), Decimal)
assert_type(ab.apply_change(usd, "-17"), ab.Money)
assert_type(ab.apply_change(about, "-17"), ab.Approx[Any])
