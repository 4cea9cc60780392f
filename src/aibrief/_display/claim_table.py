"""The claim table of ``aibrief check`` and ``aibrief tour``, in English, Korean or Chinese.

One row per :class:`~aibrief.ClaimCheck`: the phrase of the article, what was checked (and at
which date), the verdict, the deviation and the tolerance; the explanation is wrapped below the
row, in the language of the table (:meth:`aibrief.ClaimCheck.explain`).
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final

from aibrief._claims.text import percent
from aibrief._core.types import Lang
from aibrief._display.table import Column, display_width, render
from aibrief._display.tour_words import Say

if TYPE_CHECKING:
    from aibrief._claims.check import ClaimCheck

__all__ = ["claim_json", "claim_lines", "summary_line"]

_WORDS: Final = {
    "claim": ("Claim", "기사 표현", "原文"),
    "check": ("Check", "검사", "检查"),
    "verdict": ("Verdict", "판정", "结论"),
    "deviation": ("Deviation", "편차", "偏差"),
    "tolerance": ("Tolerance", "허용 오차", "容差"),
    "equivalence": ("equivalence", "환산", "换算"),
    "ratio": ("ratio", "비율", "比例"),
    "ranking": ("ranking", "순위", "排名"),
    "growth": ("growth", "증감률", "增幅"),
    "total": ("total", "합계", "合计"),
    "publication": ("at publication", "기사 날짜", "按发布日期"),
    "event": ("at fact's date", "사실 날짜", "按事实日期"),
    "consistent": ("consistent", "일치", "一致"),
    "inconsistent": ("inconsistent", "불일치", "不一致"),
    "unverifiable": ("unverifiable", "확인 불가", "无法核实"),
    "summary": (
        "{total} checks: {consistent} consistent, {inconsistent} inconsistent, "
        "{unverifiable} unverifiable",
        "검사 {total}건: 일치 {consistent}, 불일치 {inconsistent}, 확인 불가 {unverifiable}",
        "共{total}项检查：一致{consistent}项，不一致{inconsistent}项，无法核实{unverifiable}项",
    ),
}


def claim_lines(checks: list[ClaimCheck], *, lang: Lang, width: int) -> list[str]:
    """The checks as a table fitting ``width`` columns, each explanation below its row.

    When the table is too narrow for five columns (61 in English), the deviation and tolerance
    columns are left out; the explanations say both.
    """
    say = Say(lang)
    verdicts = [say(_WORDS[verdict]) for verdict in ("consistent", "inconsistent", "unverifiable")]
    # Verdicts and the figures' headers stay whole: a verdict broken in two is hard to read.
    columns = [
        Column(say(_WORDS["claim"]), min_width=12),
        Column(say(_WORDS["check"]), min_width=11, max_width=16),
        Column(say(_WORDS["verdict"]), min_width=max(map(display_width, verdicts))),
        _figure_column(say(_WORDS["deviation"])),
        _figure_column(say(_WORDS["tolerance"])),
    ]
    rows = [
        [
            check.phrase,
            _check_label(check, say),
            say(_WORDS[check.verdict]),
            _percent(check.deviation, signed=True),
            _percent(check.tolerance, signed=False),
        ]
        for check in checks
    ]
    notes = [check.explain(lang) for check in checks]
    if sum(column.min_width for column in columns) + 2 * (len(columns) - 1) > width:
        # Too narrow for five columns: the explanation below each row states the deviation
        # and the tolerance in words, so those two columns are the ones to leave out.
        columns, rows = columns[:3], [row[:3] for row in rows]
    return render(columns, rows, width=width, notes=notes, gap_between_rows=True)


def summary_line(checks: list[ClaimCheck], *, lang: Lang) -> str:
    """One line counting the verdicts.

    >>> import aibrief as ab
    >>> from aibrief._display.claim_table import summary_line
    >>> summary_line(ab.check_claims(ab.datasets.deepseek()), lang="en")
    '19 checks: 16 consistent, 0 inconsistent, 3 unverifiable'
    """
    counts = Counter(check.verdict for check in checks)
    return Say(lang)(_WORDS["summary"]).format(
        total=len(checks),
        consistent=counts["consistent"],
        inconsistent=counts["inconsistent"],
        unverifiable=counts["unverifiable"],
    )


def claim_json(check: ClaimCheck, lang: Lang) -> dict[str, Any]:
    """A check as JSON-ready data (numbers as exact decimal strings), explained in ``lang``.

    >>> import aibrief as ab
    >>> from aibrief._display.claim_table import claim_json
    >>> claim_json(ab.check_claims(ab.datasets.deepseek())[0], "zh")["explanation"]
    '按2025-01-31参考汇率（1 USD = 1,449.65 KRW），原文数字低于换算值1.03%，在容差±8.67%（“약”允许2%，加上末位有效数字的半个单位6.67%）以内。'
    """
    return {
        "fact": check.fact,
        "kind": check.kind,
        "basis": check.basis,
        "on": None if check.on is None else str(check.on),
        "subject": check.subject,
        "phrase": check.phrase,
        "source": check.source,
        "verdict": check.verdict,
        "implied": _text(check.implied),
        "reference": _text(check.reference),
        "reference_date": None if check.reference_date is None else str(check.reference_date),
        "unit": check.unit,
        "deviation": _text(check.deviation),
        "tolerance": _text(check.tolerance),
        "explanation": check.explain(lang),
        "span": None if check.span is None else list(check.span),
    }


def _figure_column(header: str) -> Column:
    # "+15.13%" takes 7 columns; the header is kept whole above it.
    return Column(header, min_width=max(7, display_width(header)), align="right")


def _check_label(check: ClaimCheck, say: Say) -> str:
    label = say(_WORDS[check.kind])
    if check.basis is not None:
        return (
            f"{label} {say(_WORDS[check.basis])}"
            if say.index != 1
            else f"{label} ({say(_WORDS[check.basis])})"
        )
    return label


def _percent(value: Decimal | None, *, signed: bool) -> str:
    if value is None:
        return "-"
    shown = percent(value)
    return f"+{shown}" if signed and value > 0 else shown


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, Decimal):
        return f"{value:f}"
    return str(value)
