"""The caller's decimal context never leaks in: the public API gives the same results under any.

Each call below runs under the default context, under hostile ones (precision 1 to 5 with every
trap on, FloatOperation and Rounded and Inexact included) and under a generous one (precision
100), and must give the same result or the same error each time. Issue 18 found ``Approx(Money(
"8000000000", "USD"), "about")`` raising ``decimal.Rounded`` under ``prec=5``.
"""

from __future__ import annotations

import datetime
import decimal
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

import aibrief as ab
from aibrief._cli.main import main

DAY = datetime.date(2025, 1, 27)
_ALL_TRAPS = [
    decimal.Clamped, decimal.DivisionByZero, decimal.Inexact, decimal.InvalidOperation,
    decimal.Overflow, decimal.Rounded, decimal.Subnormal, decimal.Underflow,
    decimal.FloatOperation,
]  # fmt: skip
HOSTILE = [
    decimal.Context(prec=prec, traps=_ALL_TRAPS, Emax=99, Emin=-99, rounding=decimal.ROUND_DOWN)
    for prec in range(1, 6)
]
GENEROUS = decimal.Context(prec=100, rounding=decimal.ROUND_UP)


def _money_arithmetic() -> object:
    a, b = ab.Money("5576000.125", "USD"), ab.Money("424000.5", "USD")
    return (
        a + b, a - b, -a, abs(-a), a * Decimal("1.0530"), a * 3, a / 7, a / b, a < b, a >= b,
        sum([a, b]), a.rounded(decimal.ROUND_HALF_EVEN), a.rounded(decimal.ROUND_UP, places=-3),
        ab.Money("100", "USD").allocate([1, 1, 1]), ab.Money("10", "KRW").allocate([7, 3]),
    )  # fmt: skip


def _conversions() -> object:
    money = ab.Money("5576000", "USD")
    conversion = ab.convert(money, "KRW", on=DAY)
    return (
        conversion.result, conversion.rate, money.to("EUR", on=DAY),
        ab.convert(ab.Money("1", "CNY"), "KRW", on=datetime.date(2025, 1, 25), missing="interpolate").result,
        list(ab.convert_many([1, 2.5], "USD", "KRW", [DAY, DAY])),
    )  # fmt: skip


def _approx() -> object:
    about = ab.Approx(ab.Money("8000000000", "USD"), "about")
    nearly = ab.Approx(Decimal("10"), "nearly", tolerance="0.1")
    ranged = ab.Approx(
        ab.Money("5", "USD"), "range", low=ab.Money("4", "USD"), high=ab.Money("6", "USD")
    )
    return (
        about, about.low, about.high, nearly, ranged, about + about, about * 3, about / 7,
        ranged - about, about.contains(ab.Money("7700000000", "USD")),
        about.consistent_with(ab.Approx(ab.Money("8100000000", "USD"), "over")), str(about),
    )  # fmt: skip


def _news_arithmetic() -> object:
    return (
        ab.percent_of("17.5", ab.Money("5576000", "USD")),
        ab.whole_from_part(ab.Money("5576000", "USD"), "3"),
        ab.fraction_of("1/7", ab.Money("5576000", "USD")),
        ab.times(3, ab.Money("5576000", "USD")),
        ab.percent_change(ab.Money("100", "USD"), ab.Money("83", "USD")),
        ab.percentage_point_change(ab.Q_("17", "percent"), ab.Q_("21.5", "percent")),
        ab.apply_change(ab.Money("100", "USD"), ab.Q_("-17", "percent")),
        ab.Q_("2", "CNY / token") * ab.Q_(1_000_000, "token"),
        ab.convert_quantity(ab.Q_("2", "CNY / token"), "KRW", on=DAY),
    )


def _reading() -> object:
    texts = ["557만6000달러(약 80억원)", "约合人民币4亿元", "$5.576 million", "10% 가까이 급락",
             "100만토큰당 1위안", "약 7분의 1", "5~6조원", "3倍多", "1,434.10원"]  # fmt: skip
    parsed = [ab.parse_amount(text) for text in texts]
    return (
        parsed, [p.to_approx() for p in parsed],
        ab.find_amounts("AI 연구자 41만1000여 명, AI 논문 22만건으로 세계 1위, 수십억 원"),
        ab.find_amounts("100대 기업의 20대 직원 3주 만에 1000만원"),
        ab.parse_date("지난 27일", reference=DAY), ab.parse_date("去年5月", reference=DAY),
    )  # fmt: skip


def _writing() -> object:
    values = [ab.Money("5576000", "USD"), ab.Money("8000000000", "KRW"), ab.Q_("17.5", "percent"),
              ab.Approx(ab.Money("8000000000", "KRW"), "about"), Decimal("1234.5678")]  # fmt: skip
    return [
        ab.format_amount(value, locale=locale, style=style)
        for value in values
        for locale in ("ko", "zh", "en")
        for style in ("standard", "compact", "news")
    ]


def _briefs() -> object:
    brief = ab.datasets.deepseek()
    text = brief.to_json()
    return (
        text, ab.Brief.from_json(text) == brief, brief.to_records("development_cost"),
        [(c.verdict, c.explanation_en) for c in ab.check_claims(brief)],
    )  # fmt: skip


def _command_line(capsys: pytest.CaptureFixture[str]) -> object:
    outputs = []
    for argv in (
        ["convert", "5576000", "USD", "KRW", "--on", "2025-01-27"],
        ["parse", "557만6000달러(약 80억원)", "--json"],
        [
            "format",
            "8000000000",
            "KRW",
            "--locale",
            "ko",
            "--style",
            "news",
            "--qualifier",
            "about",
        ],
        ["check"],
        ["export", "--format", "csv", "--kind", "development_cost"],
        ["tour"],
    ):
        status = main(argv)
        out = capsys.readouterr().out
        outputs.append(
            (status, "\n".join(line for line in out.splitlines() if "retrieved" not in line))
        )
    return outputs


CALLS: dict[str, Callable[..., object]] = {
    "money arithmetic": _money_arithmetic,
    "conversions": _conversions,
    "approx": _approx,
    "news arithmetic": _news_arithmetic,
    "reading": _reading,
    "writing": _writing,
    "briefs": _briefs,
}


def _outcome(call: Callable[[], object]) -> tuple[Any, ...]:
    try:
        return ("ok", repr(call()))
    except Exception as error:  # the same error, word for word, is a same result
        return ("error", type(error).__name__, str(error))


@pytest.mark.parametrize("name", CALLS)
def test_results_do_not_depend_on_the_callers_context(name: str) -> None:
    call = CALLS[name]
    expected = _outcome(call)
    assert expected[0] == "ok", expected
    for context in [*HOSTILE, GENEROUS]:
        with decimal.localcontext(context):
            assert _outcome(call) == expected, (context.prec, name)


def test_the_command_line_does_not_depend_on_the_callers_context(
    capsys: pytest.CaptureFixture[str],
) -> None:
    expected = _command_line(capsys)
    for context in (HOSTILE[0], HOSTILE[4], GENEROUS):
        with decimal.localcontext(context):
            assert _command_line(capsys) == expected, context.prec
