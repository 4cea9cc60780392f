"""Fractions in numerals and mixed numbers, slashed fractions, and ratios written as words."""

from __future__ import annotations

from fractions import Fraction

import pytest

import aibrief as ab

F = Fraction


@pytest.mark.parametrize(
    ("text", "mention", "ratio", "qualifier"),
    [
        # Korean numerals on both sides, perhaps apart from 분의.
        ("삼분의 이", "삼분의 이", F(2, 3), "exact"),
        ("이십일 분의 삼", "이십일 분의 삼", F(3, 21), "exact"),
        ("삼분의 일은 남았다", "삼분의 일", F(1, 3), "exact"),
        ("오분의 마이너스 구천오백", "오분의 마이너스 구천오백", F(-9500, 5), "exact"),
        ("마이너스 삼십오분의 일백", "마이너스 삼십오분의 일백", F(-100, 35), "exact"),
        # Mixed numbers: 과/와 in Korean, 又 in Chinese, a space before a slash.
        ("일과 삼분의 이", "일과 삼분의 이", F(5, 3), "exact"),
        ("오와 사분의 일", "오와 사분의 일", F(21, 4), "exact"),
        ("三又三分之一", "三又三分之一", F(10, 3), "exact"),
        ("负一又二分之一", "负一又二分之一", F(-3, 2), "exact"),
        ("十一又十四分之一", "十一又十四分之一", F(155, 14), "exact"),
        ("1 4/5", "1 4/5", F(9, 5), "exact"),
        ("-1 4/5는 상수이다", "-1 4/5", F(-9, 5), "exact"),
        ("-4/5 를 표시하세요", "-4/5", F(-4, 5), "exact"),
        # Half and other ratios in words.
        ("절반이 넘는 사람들이 왔다", "절반이 넘는", F(1, 2), "over"),
        ("반이 넘는 사람들이 왔다", "반이 넘는", F(1, 2), "over"),
        ("一半的人", "一半", F(1, 2), "exact"),
        ("more than half of the staff", "more than half", F(1, 2), "over"),
        ("two-thirds of revenue", "two-thirds", F(2, 3), "exact"),
        ("a third of the market", "a third", F(1, 3), "exact"),
        ("one and a half", "one and a half", F(3, 2), "exact"),
        ("three quarters of users", "three quarters", F(3, 4), "exact"),
    ],
)
def test_fractions_and_ratios(text: str, mention: str, ratio: Fraction, qualifier: str) -> None:
    [found] = ab.find_amounts(text)
    assert isinstance(found, ab.ParsedAmount)
    assert (found.text, found.fraction, found.qualifier) == (mention, ratio, qualifier)


@pytest.mark.parametrize(
    "text",
    ["10분의 일정이 남았다", "30분의 시간", "반도체", "반대 의견", "과반", "半年", "半导体",
     "in the first half of 2024", "the other half", "a third straight quarter", "3/4", "16/5",
     "1/2", "20과 30 사이"],
)  # fmt: skip
def test_words_dates_and_periods_that_are_not_ratios(text: str) -> None:
    assert [item for item in ab.find_amounts(text) if getattr(item, "per", None)] == []


@pytest.mark.parametrize(
    ("text", "ratio"), [("반", F(1, 2)), ("半", F(1, 2)), ("31/40", F(31, 40))]
)
def test_a_ratio_alone_is_read_whole(text: str, ratio: Fraction) -> None:
    assert ab.parse_amount(text).fraction == ratio
