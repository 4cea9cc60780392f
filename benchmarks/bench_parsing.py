"""How fast aibrief reads amounts, side by side with babel's number parser.

Run on demand (never in the test suite):

    python benchmarks/bench_parsing.py

In one run it measures:

- for each figure of the seed article (a Korean news story about DeepSeek), the time of
  ``aibrief.parse_amount`` on the phrase as the article writes it ("557만6000달러(약 80억원)")
  and of ``babel.numbers.parse_decimal`` on the same value as a plain number string
  ("5576000"), the most a peer library can read; target: parse_amount's median at most 2x
  babel's;
- find_amounts on a 4,000-character Korean article (the seed article's first 4,000
  characters), warm; target: at most 5 ms;
- the first call in a fresh process, import included: ``python -c`` with bytecode cached
  (PYTHONPYCACHEPREFIX set to a directory of its own, PYTHONDONTWRITEBYTECODE unset, one run
  to fill it), the median of several; target: at most 60 ms;
- characters per second of find_amounts over the texts of the reading development set
  (tests/data/reading/cases.jsonl).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import timeit
from pathlib import Path

from babel.numbers import parse_decimal

import aibrief as ab

NUMBER = 5_000
REPEAT = 7
SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_36fbed4ef32e43c3.txt"
ROWS = Path(__file__).resolve().parents[1] / "tests" / "data" / "reading" / "cases.jsonl"
ARTICLE_CHARACTERS = 4000
FRESH_RUNS = 7
FIRST_CALL = """
import time
start = time.perf_counter()
import aibrief
aibrief.find_amounts(open({path!r}, encoding="utf-8").read())
print((time.perf_counter() - start) * 1000)
"""

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
        article = SEED.read_text(encoding="utf-8")[:ARTICLE_CHARACTERS]
        found = ab.find_amounts(article)
        seconds = min(timeit.repeat(lambda: ab.find_amounts(article), number=20, repeat=5)) / 20
        print(
            f"find_amounts on a {len(article)}-character Korean article: {len(found)} mentions "
            f"in {seconds * 1e3:.2f}ms warm (target <= 5ms)"
        )
        first = first_calls(article)
        print(
            f"first call in a fresh process, import included: median {statistics.median(first):.0f}ms, "
            f"min {min(first):.0f}ms of {len(first)} (target <= 60ms)"
        )
    if ROWS.exists():
        texts = list(
            dict.fromkeys(json.loads(line)["text"] for line in ROWS.open(encoding="utf-8"))
        )
        characters = sum(map(len, texts))
        seconds = min(
            timeit.repeat(lambda: [ab.find_amounts(t) for t in texts], number=1, repeat=5)
        )
        print(
            f"development set: {len(texts)} texts, {characters} characters in {seconds * 1e3:.0f}ms, "
            f"{characters / seconds:,.0f} characters per second"
        )


def first_calls(article: str) -> list[float]:
    """Milliseconds of import and first find_amounts in fresh processes, bytecode cached."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "article.txt"
        path.write_text(article, encoding="utf-8")
        env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = str(Path(folder) / "pycache")
        code = FIRST_CALL.format(path=str(path))
        runs = []
        for _ in range(FRESH_RUNS + 1):  # the first run fills the bytecode cache
            out = subprocess.run(
                [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
            )
            runs.append(float(out.stdout))
        return runs[1:]


if __name__ == "__main__":
    main()
