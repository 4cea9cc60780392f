"""How fast aibrief reads amounts, side by side with babel's number parser.

Run on demand (never in the test suite):

    python benchmarks/bench_parsing.py

For each figure of the seed article (a Korean news story about DeepSeek), it times
``aibrief.parse_amount`` on the phrase as the article writes it ("557만6000달러(약 80억원)")
and ``babel.numbers.parse_decimal`` on the same value as a plain number string ("5576000"),
the most a peer library can read. The target: the median per call of parse_amount is at most
2x babel's median. It also times find_amounts over the whole article, for information.
"""

from __future__ import annotations

import statistics
import timeit
from pathlib import Path

from babel.numbers import parse_decimal

import aibrief as ab

NUMBER = 5_000
REPEAT = 7
SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_36fbed4ef32e43c3.txt"

# The figures of the seed article, as it writes them.
EXPRESSIONS = [
    "557만6000달러(약 80억원)",
    "17% 폭락",
    "557만6000달러",
    "5.6%",
    "10% 가까이 급락",
    "100억위안(약 2조원)을 돌파",
    "1000억위안(약 20조원)을 넘어",
    "6개",
    "1만개 이상",
    "100만토큰당 1위안(200원)",
    "50명",
    "1000만위안(약 20억원)",
    "41만1000여 명",
    "22만건",
    "19만5000명",
    "11만7000건",
    "12만명",
    "8만8000건",
    "2만1000여 명",
    "1만4000여 건",
]


def per_call(statement: object) -> float:
    """Best time of one call in microseconds."""
    best = min(timeit.repeat(statement, number=NUMBER, repeat=REPEAT))  # type: ignore[arg-type]
    return best / NUMBER * 1e6


def main() -> None:
    print(f"{'expression':34} {'plain':>14} {'babel':>9} {'aibrief':>9} {'ratio':>7}")
    babel_times, aibrief_times = [], []
    for text in EXPRESSIONS:
        plain = str(ab.parse_amount(text).value.copy_abs())
        parse_decimal(plain, locale="en")  # warm babel's locale cache
        babel = per_call(lambda plain=plain: parse_decimal(plain, locale="en"))
        ours = per_call(lambda text=text: ab.parse_amount(text))
        babel_times.append(babel)
        aibrief_times.append(ours)
        print(f"{text:34} {plain:>14} {babel:8.2f}us {ours:8.2f}us {ours / babel:6.2f}x")
    babel_median = statistics.median(babel_times)
    ours_median = statistics.median(aibrief_times)
    print(
        f"\nmedian per call: babel {babel_median:.2f}us, aibrief {ours_median:.2f}us, "
        f"ratio {ours_median / babel_median:.2f}x (target <= 2.00x)"
    )
    if SEED.exists():
        article = SEED.read_text(encoding="utf-8")
        found = ab.find_amounts(article)
        seconds = min(timeit.repeat(lambda: ab.find_amounts(article), number=20, repeat=3)) / 20
        print(
            f"find_amounts over the article ({len(article)} characters): "
            f"{len(found)} mentions in {seconds * 1e3:.2f}ms"
        )


if __name__ == "__main__":
    main()
