"""Units speed: aibrief's slim registry and Decimal fast paths against plain pint.

Run on demand (never in the test suite):  python benchmarks/bench_units.py
Prints ratios; the targets are a first unit-aware operation at most 0.6x of
``import pint; pint.UnitRegistry()`` and Money-with-percent arithmetic at least 5x faster than the
same expression on plain pint quantities.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import timeit
from decimal import Decimal

FIRST_USE = {
    "pint: import pint; UnitRegistry()": ("", "import pint; pint.UnitRegistry()"),
    "aibrief: Money * Q_(5.6, '%')": (
        "import aibrief as ab",
        "ab.Money('100', 'USD') * ab.Q_(5.6, 'percent')",
    ),
    "aibrief: import + Money * Q_(5.6, '%')": (
        "",
        "import aibrief as ab; ab.Money('100', 'USD') * ab.Q_(5.6, 'percent')",
    ),
}
TIMED = """
{setup}
import time
start = time.perf_counter()
{code}
print(time.perf_counter() - start)
"""


def first_use(setup: str, code: str, runs: int = 9) -> float:
    """Median seconds, each in a fresh process, to run ``code`` after an untimed ``setup``."""
    times = []
    for _ in range(runs):
        script = TIMED.format(setup=setup, code=code)
        out = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, check=True
        )
        times.append(float(out.stdout))
    return statistics.median(times)


def per_call(statement: str, namespace: dict[str, object]) -> float:
    timer = timeit.Timer(statement, globals=namespace)
    loops, _ = timer.autorange()
    return min(timer.repeat(5, loops)) / loops


def main() -> None:
    print("First unit-aware operation in a fresh process (median of 9)")
    results = [first_use(setup, code) for setup, code in FIRST_USE.values()]
    for name, seconds in zip(FIRST_USE, results, strict=True):
        print(f"  {name:42} {seconds * 1000:7.1f} ms")
    baseline, after_import, with_import = results
    print(f"  ratio, after import aibrief: {after_import / baseline:.2f}x (target <= 0.6x)")
    print(f"  ratio, import aibrief included: {with_import / baseline:.2f}x")

    import pint

    import aibrief as ab

    plain = pint.UnitRegistry(non_int_type=Decimal)
    plain.define("USD = [currency_USD]")
    namespace: dict[str, object] = {
        "ab": ab,
        "P": plain.Quantity,
        "D": Decimal,
        "money": ab.Money("5576000", "USD"),
        "old": ab.Money("3", "USD"),
        "new": ab.Money("4", "USD"),
        "pct": ab.Q_(5.6, "percent"),
        "q_money": plain.Quantity(Decimal("5576000"), "USD"),
        "q_old": plain.Quantity(Decimal("3"), "USD"),
        "q_new": plain.Quantity(Decimal("4"), "USD"),
        "q_pct": plain.Quantity(Decimal("5.6"), "percent"),
    }
    cases = {
        "Money * percent (operands built)": ("money * pct", "(q_money * q_pct).to('USD')"),
        "Money * Q_(5.6, 'percent')": (
            "money * ab.Q_(5.6, 'percent')",
            "(q_money * P(D('5.6'), 'percent')).to('USD')",
        ),
        "percent_of": ("ab.percent_of(pct, money)", "(q_pct * q_money).to('USD')"),
        "whole_from_part": ("ab.whole_from_part(money, pct)", "(q_money / q_pct).to('USD')"),
        "percent_change": (
            "ab.percent_change(old, new)",
            "((q_new - q_old) / q_old).to('percent')",
        ),
        "apply_change": ("ab.apply_change(money, pct)", "q_money + q_money * q_pct"),
        "times": ("ab.times(3, money)", "q_money * 3"),
    }
    print("\nPer call (best of 5), aibrief against the same expression on plain pint quantities")
    for name, (ours_stmt, pint_stmt) in cases.items():
        mine, theirs = per_call(ours_stmt, namespace), per_call(pint_stmt, namespace)
        print(
            f"  {name:34} {mine * 1e6:7.2f} us  pint {theirs * 1e6:7.2f} us  {theirs / mine:5.1f}x faster"
        )


if __name__ == "__main__":
    main()
