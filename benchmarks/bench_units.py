"""Units speed: aibrief's slim registry and Decimal fast paths against plain pint.

Run on demand (never in the test suite):  python benchmarks/bench_units.py [--quick]
Prints ratios; the targets are a first unit-aware operation at most 0.6x of
``import pint; pint.UnitRegistry()`` and Money-with-percent arithmetic at least 5x faster than the
same expression on plain pint quantities.

Other work on the machine makes single timings noisy, so both sides are measured in alternation
(a slow spell hits both) and compared by their best and by the median of paired ratios.
Fresh processes load every module from a byte-code cache (a private, warmed-up
``PYTHONPYCACHEPREFIX``), as an installed package does: pint's ``.pyc`` files ship in
site-packages, while a checkout run with ``PYTHONDONTWRITEBYTECODE`` would compile aibrief's
sources in every process.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import timeit
from decimal import Decimal
from fractions import Fraction

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

# Each case: aibrief's call, then the same expression on plain pint quantities. Both take the
# same inputs and give the same kind of result (Money where pint gives a currency quantity).
CASES = {
    "Money * percent (operands built)": ("money * pct", "(q_money * q_pct).to('USD')"),
    "Money * Q_(5.6, 'percent')": (
        "money * ab.Q_(5.6, 'percent')",
        "(q_money * P(D('5.6'), 'percent')).to('USD')",
    ),
    "percent_of": ("ab.percent_of(pct, money)", "(q_pct * q_money).to('USD')"),
    "whole_from_part": ("ab.whole_from_part(money, pct)", "(q_money / q_pct).to('USD')"),
    "fraction_of": ("ab.fraction_of(Fraction(1, 70), money)", "q_money * 1 / 70"),
    "times": ("ab.times(3, money)", "q_money * 3"),
    "percent_change": ("ab.percent_change(old, new)", "((q_new - q_old) / q_old).to('percent')"),
    "percentage_point_change": (
        "ab.percentage_point_change(p3, p4)",
        "P((q_p4 - q_p3).m_as('percent'), 'percentage_point')",
    ),
    "apply_change": ("ab.apply_change(money, pct)", "q_money + q_money * q_pct"),
    "apply_change (percent + points)": (
        "ab.apply_change(p3, pp)",
        "q_p3 + P(q_pp.m_as('percentage_point'), 'percent')",
    ),
}


def first_use(runs: int) -> dict[str, list[float]]:
    """Seconds per fresh process for each FIRST_USE case, the cases run in alternation."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    times: dict[str, list[float]] = {name: [] for name in FIRST_USE}
    with tempfile.TemporaryDirectory(prefix="bench-units-pyc-") as cache:
        env["PYTHONPYCACHEPREFIX"] = cache
        for run in range(runs + 1):  # run 0 only fills the byte-code cache
            for name, (setup, code) in FIRST_USE.items():
                script = TIMED.format(setup=setup, code=code)
                out = subprocess.run(
                    [sys.executable, "-c", script],
                    capture_output=True,
                    text=True,
                    check=True,
                    env=env,
                )
                if run:
                    times[name].append(float(out.stdout))
    return times


def per_call(
    ours: str, theirs: str, namespace: dict[str, object], rounds: int
) -> tuple[float, float]:
    """Best seconds per call of two statements, timed in alternation."""
    mine, pints = timeit.Timer(ours, globals=namespace), timeit.Timer(theirs, globals=namespace)
    loops_mine, loops_pint = mine.autorange()[0], pints.autorange()[0]
    best_mine = best_pint = float("inf")
    for _ in range(rounds):
        best_mine = min(best_mine, mine.timeit(loops_mine) / loops_mine)
        best_pint = min(best_pint, pints.timeit(loops_pint) / loops_pint)
    return best_mine, best_pint


def main() -> None:
    quick = "--quick" in sys.argv
    runs = 7 if quick else 21
    print(f"First unit-aware operation in a fresh process ({runs} runs each, alternated)")
    times = first_use(runs)
    for name, seconds in times.items():
        best, median = min(seconds) * 1000, statistics.median(seconds) * 1000
        print(f"  {name:42} best {best:6.1f} ms  median {median:6.1f} ms")
    baseline, *ours = times.values()
    for label, mine in zip(("after import aibrief", "import aibrief included"), ours, strict=True):
        paired = statistics.median(m / b for m, b in zip(mine, baseline, strict=True))
        print(
            f"  ratio, {label}: best {min(mine) / min(baseline):.2f}x,"
            f" median of pairs {paired:.2f}x (target <= 0.6x)"
        )

    import pint

    import aibrief as ab

    plain = pint.UnitRegistry(non_int_type=Decimal)
    plain.define("USD = [currency_USD]")
    plain.define("percentage_point = [percentage_point] = pp")
    namespace: dict[str, object] = {
        "ab": ab,
        "P": plain.Quantity,
        "D": Decimal,
        "Fraction": Fraction,
        "money": ab.Money("5576000", "USD"),
        "old": ab.Money("3", "USD"),
        "new": ab.Money("4", "USD"),
        "pct": ab.Q_(5.6, "percent"),
        "p3": ab.Q_(3, "percent"),
        "p4": ab.Q_(4, "percent"),
        "pp": ab.Q_(1, "percentage_point"),
        "q_money": plain.Quantity(Decimal("5576000"), "USD"),
        "q_old": plain.Quantity(Decimal("3"), "USD"),
        "q_new": plain.Quantity(Decimal("4"), "USD"),
        "q_pct": plain.Quantity(Decimal("5.6"), "percent"),
        "q_p3": plain.Quantity(Decimal("3"), "percent"),
        "q_p4": plain.Quantity(Decimal("4"), "percent"),
        "q_pp": plain.Quantity(Decimal("1"), "percentage_point"),
    }
    rounds = 5 if quick else 15
    print(f"\nPer call (best of {rounds}, alternated), against the same expression on plain pint")
    for name, (ours_stmt, pint_stmt) in CASES.items():
        mine, theirs = per_call(ours_stmt, pint_stmt, namespace, rounds)
        print(
            f"  {name:34} {mine * 1e6:6.2f} us  pint {theirs * 1e6:7.2f} us"
            f"  {theirs / mine:5.1f}x faster (target >= 5x)"
        )


if __name__ == "__main__":
    main()
