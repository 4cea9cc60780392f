"""Fuzz aibrief's public API: every input gives a result or an aibrief error, in linear time.

Hypothesis generates the inputs (only its generate phase runs: nothing stops at the first
failure, every outcome is counted). Each target takes one kind of input to the API that reads
it: text to the amount and date readers, JSON text to the loader, amounts and operations to
Money, columns to ``convert_many``, argument lists to the command line. An input fails when it
raises anything but an :class:`aibrief.AibriefError` (or, from the command line, prints a
traceback or exits with status 3), or when it takes longer than its length allows (see
:data:`SLOW`). The ``repeat`` target also reads short patterns repeated into 8 kB and 32 kB
texts and flags any whose time grows more than linearly.

Usage::

    python scripts/fuzz.py                       # 1,000,000 inputs, shared by SHARES
    python scripts/fuzz.py --inputs 20000        # a quick look
    python scripts/fuzz.py --targets money loader --inputs 50000 --seed 7

It prints one line per target with its inputs, failures outside the error hierarchy and slow
inputs, the worst throughput seen on repeated patterns, and the first failures in full. The
test suite runs a slice of it (tests/test_fuzz.py), a few hundred inputs per target.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import io
import sys
import time
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import attrs
from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

import aibrief as ab
from aibrief._cli.main import main as command_line

#: An input is slow when it takes more than this many seconds plus 10 microseconds a character
#: (10 times what a linear reader needs at the 100 kB/s of the slowest patterns). A second
#: leaves room for a machine shared with other work; what grows faster than its input is
#: caught by the ``repeat`` target, which compares sizes.
SLOW = 1.0
_PER_CHARACTER = 10e-6

# Characters that mean something to the readers, so random text hits their edge cases.
_READER_ALPHABET = "".join(
    sorted(
        set("0123456789,.~-/() %$¥₩€£（）～％，．－−–\u3000\u00a0\n\t")
        | set("만억조경천백십일이삼사오육칠팔구여원달러위안명개건대당약이상미만분의배속폭락급등")
        | set("万亿兆千百十零一二两三四五六七八九多余元美人个每约逾近不到百分之倍涨跌")
        | set("milonbMBKkTtokens perabouttox×")
        | set("年月日号季度分기년월일초말지난해작년올해내일어제去今明上下周Q")
    )
)
_PHRASES = [
    "557만6000달러(약 80억원)", "17% 폭락", "100만토큰당 1위안(200원)", "41만1000여 명",
    "约合人民币4亿元", "1元/百万 tokens", "五百五十七万六千美元", "$5.576 million", "US$5.6M",
    "about 2,000 chips", "$5-6 million", "7분의 1", "千分之三", "2배 증가", "3倍多", "5~6조원",
    "2025년 1월 27일", "去年5月", "last May", "지난 27일", "2018-Q3", "同年7月", "Jan. 27, 2025",
]  # fmt: skip
# Words the readers know, for patterns of whole words repeated ("one one one", "두 배 두 배").
_WORDS = [
    "one", "two", "twenty", "hundred", "thousand", "million", "billion", "a", "an", "and",
    "half", "dozen", "between", "from", "to", "per", "about", "over", "nearly", "mid", "No.",
    "ranked", "third", "percent", "dollars", "yuan", "won", "Swiss", "francs", "minus", "$",
    "US$", "¥", "±", "~", "1", "60%", "20억", "한", "두", "스물", "서른", "배", "절반", "마이너스",
    "약", "이상", "분기당", "위", "개", "달러", "원", "프로", "할", "百分之", "三成", "两", "第",
    "名", "每年", "亿", "美元", "半", "负", "约", "多", "5", "2.5", ".25",
]  # fmt: skip
_CURRENCIES = ["USD", "KRW", "CNY", "EUR", "JPY", "usd", "USDD", "", "XXX", "BTC", "\x00"]
_DAY = datetime.date(2025, 1, 27)


@attrs.define
class Tally:
    """What one target saw: inputs, failures outside the hierarchy and slow inputs."""

    name: str
    inputs: int = 0
    outside: list[tuple[str, str]] = attrs.field(factory=list)
    slow: list[tuple[float, str]] = attrs.field(factory=list)
    worst_rate: float | None = None  # the lowest throughput on repeated patterns, in MB/s
    worst_pattern: str = ""

    def line(self) -> str:
        rate = (
            ""
            if self.worst_rate is None
            else f", worst repeated pattern {self.worst_pattern!r} at {self.worst_rate:.2f} MB/s"
        )
        return (
            f"{self.name:12} {self.inputs:>9,} inputs  {len(self.outside):>4} outside the "
            f"hierarchy  {len(self.slow):>4} slow{rate}"
        )


def run(targets: list[str], inputs: int, seed_value: int) -> list[Tally]:
    """Fuzz ``targets`` with ``inputs`` inputs shared among them by :data:`SHARES`."""
    _warm_up()
    weight = sum(SHARES[name] for name in targets)
    tallies = []
    for name in targets:
        tally = Tally(name)
        TARGETS[name](tally, max(1, round(inputs * SHARES[name] / weight)), seed_value)
        tallies.append(tally)
    return tallies


def _warm_up() -> None:
    """Build what each API builds on first use (tables, locale data, the rate table), untimed."""
    ab.find_amounts("557만6000달러(약 80억원) 1元/百万 tokens $5.6M")
    ab.parse_date("지난 27일", reference=_DAY)
    ab.Brief.from_json(_small_brief())
    ab.format_amount(ab.Money("1", "USD"), locale="en", style="news")
    ab.convert(ab.Money("1", "USD"), "KRW", on=_DAY)
    with contextlib.suppress(ab.AibriefError):
        ab.convert_many(["1"], "USD", "KRW", [_DAY])
    _run_command(["tour"])


def _timed(tally: Tally, shown: str, size: int, call: Callable[[], object]) -> None:
    """Run one input, counting it, and note a failure outside the hierarchy or slowness."""
    tally.inputs += 1
    elapsed, error = _attempt(call)
    if error is not None:
        tally.outside.append((shown[:300], f"{type(error).__name__}: {str(error)[:300]}"))
    limit = SLOW + size * _PER_CHARACTER
    if elapsed > limit and min(elapsed, _attempt(call)[0]) > limit:  # slow twice, not a stall
        tally.slow.append((elapsed, shown[:300]))


def _attempt(call: Callable[[], object]) -> tuple[float, Exception | None]:
    """How long one call takes, and the error from outside the hierarchy it raised, if any."""
    start = time.perf_counter()
    try:
        with warnings.catch_warnings():
            # NumPy's overflow and invalid-value warnings mean a value slipped through wrong.
            warnings.simplefilter("error", RuntimeWarning)
            call()
    except ab.AibriefError:
        pass
    except Exception as error:  # what the fuzzer is looking for: noted, never raised
        return time.perf_counter() - start, error
    return time.perf_counter() - start, None


def _fuzz(strategy: st.SearchStrategy[Any], count: int, seed_value: int) -> Callable[..., None]:
    """Run a function of one drawn value ``count`` times (generation only, no shrinking)."""

    def decorate(body: Callable[[Any], None]) -> None:
        test = settings(
            max_examples=count,
            phases=[Phase.generate],
            database=None,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        )(given(strategy)(body))
        seed(seed_value)(test)()

    return decorate  # type: ignore[return-value]


# --- Strategies ------------------------------------------------------------------------------


def _mutated(texts: list[str], alphabet: str) -> st.SearchStrategy[str]:
    """A known text with a few characters inserted, deleted or replaced."""

    @st.composite
    def mutate(draw: st.DrawFn) -> str:
        text = list(draw(st.sampled_from(texts)))
        for _ in range(draw(st.integers(1, 6))):
            position = draw(st.integers(0, len(text)))
            char = draw(st.sampled_from(alphabet))
            action = draw(st.sampled_from(["insert", "delete", "replace", "repeat"]))
            if action == "insert" or not text:
                text.insert(position, char)
            elif position < len(text):
                if action == "delete":
                    del text[position]
                elif action == "replace":
                    text[position] = char
                else:  # a run of one character, as in a table of figures
                    text[position:position] = [text[position]] * draw(st.integers(1, 60))
        return "".join(text)

    return mutate()


_TEXT = st.one_of(
    st.text(alphabet=_READER_ALPHABET, max_size=80),
    _mutated(_PHRASES, _READER_ALPHABET),
    st.lists(st.sampled_from(_PHRASES), max_size=5).map(" ".join),
    st.text(max_size=40),
)
_DECIMAL_TEXT = st.one_of(
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    st.builds("{}E{}".format, st.integers(-(10**50), 10**50), st.integers(-(10**20), 10**20)),
    st.from_regex(r"\A[+-]?[0-9]{0,60}(\.[0-9]{0,60})?([eE][+-]?[0-9]{1,25})?\Z"),
    st.text(alphabet="0123456789.eE+-_ ٥５", max_size=30),
)
_AMOUNT = st.one_of(
    _DECIMAL_TEXT,
    st.integers(-(10**60), 10**60),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.floats(),
    st.booleans(),
    st.none(),
)


# --- Targets ---------------------------------------------------------------------------------


def _amounts(tally: Tally, count: int, seed_value: int) -> None:
    # Each text goes to both amount readers in each language: eight inputs for one draw.
    @_fuzz(_TEXT, count // 8, seed_value)
    def body(text: str) -> None:
        for lang in (None, "ko", "zh", "en"):
            _timed(tally, repr(text), len(text), lambda: ab.parse_amount(text, lang=lang))  # noqa: B023
            _timed(tally, repr(text), len(text), lambda: _read_all(text, lang))  # noqa: B023


def _read_all(text: str, lang: Any) -> None:
    for found in ab.find_amounts(text, lang=lang):
        if isinstance(found, ab.ParsedAmount):
            found.to_approx()


def _dates(tally: Tally, count: int, seed_value: int) -> None:
    references = st.one_of(
        st.dates(), st.just(datetime.date.min), st.just(datetime.date.max),
        st.builds(ab.PartialDate, st.integers(1, 9999)),
    )  # fmt: skip
    years = st.one_of(st.none(), st.integers(-(10**6), 10**6))

    # Each text is read against three references and a year: four inputs for one draw.
    @_fuzz(st.tuples(_TEXT, references, years), count // 4, seed_value)
    def body(drawn: tuple[str, Any, Any]) -> None:
        text, reference, year = drawn
        for on in (reference, _DAY, datetime.date.min, datetime.date.max):
            call = lambda: ab.parse_date(text, reference=on, year=year)  # noqa: E731, B023
            _timed(tally, repr((text, on, year)), len(text), call)


def _small_brief() -> str:
    brief = ab.datasets.deepseek()
    facts = [f for f in brief.facts if type(f).__name__ in ("DevelopmentCost", "MarketMove")][:2]
    cited = {citation.source for fact in facts for citation in fact.citations}
    sources = [source for source in brief.sources if source.id in cited]
    return ab.Brief(sources=sources, entities=brief.entities, facts=facts).to_json()


def _loader(tally: Tally, count: int, seed_value: int) -> None:
    document = _small_brief()
    alphabet = '{}[]",:0123456789.eE+- truefalsn\\u/dD8' + "５٥\ud800"
    texts = st.one_of(
        _mutated([document], alphabet),
        st.text(alphabet=alphabet, max_size=60),
        st.sampled_from(["[" * 3000, "{" * 3000, '{"a":' + "1" * 5000 + "}"]),
        st.one_of(st.none(), st.integers(), st.binary(max_size=40)),
    )

    @_fuzz(texts, count // 2, seed_value)
    def body(text: Any) -> None:
        size = len(text) if isinstance(text, str | bytes) else 0
        _timed(tally, repr(text), size, lambda: ab.Brief.from_json(text))
        if isinstance(text, str):  # the same document as UTF-8 bytes, surrogates escaped
            data = text.encode("utf-8", "backslashreplace")
            _timed(tally, repr(data), size, lambda: ab.Brief.from_json(data))


def _money(tally: Tally, count: int, seed_value: int) -> None:
    # Each drawn amount goes through every operation: fourteen inputs for one draw.
    @_fuzz(st.tuples(_AMOUNT, st.sampled_from(_CURRENCIES), _AMOUNT), count // 14, seed_value)
    def body(drawn: tuple[Any, str, Any]) -> None:
        amount, currency, other = drawn
        for operation in _OPERATIONS:
            shown = repr((amount, currency, other, operation))
            call = lambda: _operate(amount, currency, other, operation)  # noqa: E731, B023
            _timed(tally, shown, len(shown), call)


_OPERATIONS = [
    "repr", "str", "add", "mul", "div", "round", "allocate", "standard", "compact", "news",
    "convert", "approx", "html", "json",
]  # fmt: skip


def _operate(amount: Any, currency: str, other: Any, operation: str) -> object:
    money = ab.Money(amount, currency)
    if operation in ("standard", "compact", "news"):
        return ab.format_amount(money, locale="en", style=operation)
    actions: dict[str, Callable[[], object]] = {
        "repr": lambda: repr(money),
        "str": lambda: str(money),
        "add": lambda: money + ab.Money(other, currency),
        "mul": lambda: money * other,
        "div": lambda: money / other,
        "round": lambda: money.rounded("ROUND_HALF_EVEN"),
        "allocate": lambda: money.rounded("ROUND_HALF_EVEN").allocate([1, 2, 3]),
        "convert": lambda: money.to("KRW", on=_DAY),
        "approx": lambda: ab.Approx(money, "about") * other,
        "html": lambda: money._repr_html_(),
        "json": lambda: ab.make_converter().unstructure(money),
    }
    return actions[operation]()


def _columns(tally: Tally, count: int, seed_value: int) -> None:
    amounts = st.lists(st.one_of(_AMOUNT, st.just("5576000")), max_size=4)
    dates = st.one_of(
        st.lists(st.one_of(st.dates(), st.just(_DAY), st.text(max_size=10)), max_size=4),
        st.dates(),
        st.text(max_size=12),
    )

    @_fuzz(st.tuples(amounts, st.sampled_from(_CURRENCIES), dates), count, seed_value)
    def body(drawn: tuple[list[Any], str, Any]) -> None:
        values, currency, on = drawn
        call = lambda: ab.convert_many(values, currency, "KRW", on)  # noqa: E731
        _timed(tally, repr(drawn), len(values), call)


def _command(tally: Tally, count: int, seed_value: int) -> None:
    words = st.one_of(_DECIMAL_TEXT, _TEXT, st.sampled_from(_CURRENCIES), st.sampled_from(
        ["--on", "2025-01-27", "--json", "--style", "news", "compact", "--locale", "ko", "zz",
         "--lang", "--width", "0", "-5", "--kind", "funding", "--format", "csv", "--missing",
         "--debug", "-", "/nonexistent.json", "--qualifier", "about"]
    ))  # fmt: skip
    argv = st.tuples(
        st.sampled_from(["convert", "parse", "format", "check", "export", "tour", "nope"]),
        st.lists(words, max_size=6),
    )

    @_fuzz(argv, count, seed_value)
    def body(drawn: tuple[str, list[str]]) -> None:
        args = [drawn[0], *drawn[1]]
        _timed(tally, repr(args), sum(map(len, args)), lambda: _run_command(args))


def _run_command(argv: list[str]) -> None:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = command_line(argv)
        except SystemExit as exit:  # argparse's own usage errors
            status = exit.code  # type: ignore[assignment]
    if "Traceback" in err.getvalue() or status not in (0, 1, 2):
        raise RuntimeError(f"exit {status}: {err.getvalue()[:300]}")


def _repeat(tally: Tally, count: int, seed_value: int) -> None:
    """Short patterns repeated to 8 kB and 32 kB: the time must grow (about) linearly."""
    patterns = st.one_of(
        st.text(alphabet=_READER_ALPHABET, min_size=1, max_size=4),
        st.lists(st.sampled_from(_WORDS), min_size=1, max_size=3).map(
            lambda words: " ".join(words) + " "
        ),
    )
    worst = [float("inf")]

    @_fuzz(patterns, max(1, count // 200), seed_value)
    def body(pattern: str) -> None:
        for read in (ab.find_amounts, ab.parse_amount):
            _, error = _attempt(lambda read=read: read(_repeated(pattern, 8_000)))
            if error is not None:  # noted like every target's, and not timed
                tally.inputs += 1
                tally.outside.append((f"{read.__name__}({pattern!r} * n)", f"{type(error).__name__}: {str(error)[:300]}"))  # fmt: skip
                continue
            small, large = _sizes(read, pattern)
            if large > 8 * small + 0.05:  # measured again: a stall of the machine is no growth
                small, large = (
                    min(pair) for pair in zip((small, large), _sizes(read, pattern), strict=True)
                )
            tally.inputs += 2
            rate = 32_000 / max(large, 1e-9) / 1e6
            if rate < worst[0]:
                worst[0], tally.worst_pattern = rate, pattern
            if large > 8 * small + 0.05:  # 4 times the text: 4 times the time, with room
                tally.slow.append(
                    (
                        large,
                        f"{read.__name__}({pattern!r} * n): 16 kB {small:.3f} s, 64 kB {large:.3f} s",
                    )
                )

    tally.worst_rate = worst[0]


def _sizes(read: Callable[[str], object], pattern: str) -> tuple[float, float]:
    return _seconds(read, _repeated(pattern, 8_000)), _seconds(read, _repeated(pattern, 32_000))


def _repeated(pattern: str, size: int) -> str:
    return pattern * (size // len(pattern.encode()) + 1)


def _seconds(read: Callable[[str], object], text: str) -> float:
    start = time.perf_counter()
    with contextlib.suppress(ab.AibriefError):
        read(text)
    return time.perf_counter() - start


#: The share of the inputs each target gets: the command line costs milliseconds an input
#: (argparse builds its parsers anew), the readers tens of microseconds.
SHARES: dict[str, float] = {
    "amounts": 0.36,
    "dates": 0.16,
    "loader": 0.06,
    "money": 0.30,
    "columns": 0.05,
    "command": 0.03,
    "repeat": 0.04,
}

TARGETS: dict[str, Callable[[Tally, int, int], None]] = {
    "amounts": _amounts,
    "dates": _dates,
    "loader": _loader,
    "money": _money,
    "columns": _columns,
    "command": _command,
    "repeat": _repeat,
}


def _report(tallies: list[Tally], seconds: float) -> Iterator[str]:
    total = sum(t.inputs for t in tallies)
    yield f"{total:,} inputs in {seconds:,.0f} s"
    yield from (t.line() for t in tallies)
    for tally in tallies:
        for shown, error in tally.outside[:5]:
            yield f"  {tally.name}: {error}\n    input: {shown}"
        for elapsed, shown in sorted(tally.slow, reverse=True)[:5]:
            yield f"  {tally.name}: slow, {elapsed:.3f} s: {shown}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--inputs", type=int, default=1_000_000, help="inputs in all")
    parser.add_argument("--targets", nargs="+", choices=TARGETS, default=list(TARGETS))
    parser.add_argument("--seed", type=int, default=18)
    args = parser.parse_args(argv)
    start = time.perf_counter()
    tallies = run(args.targets, args.inputs, args.seed)
    print("\n".join(_report(tallies, time.perf_counter() - start)))
    return 1 if any(t.outside or t.slow for t in tallies) else 0


if __name__ == "__main__":
    sys.exit(main())
