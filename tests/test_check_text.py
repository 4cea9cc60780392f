"""aibrief.check_text: the stated equivalences and ratios of any article's text."""

from __future__ import annotations

import datetime
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import aibrief as ab
from aibrief._claims.article import sentences
from aibrief._core.decimal import DIVISION, EXACT

D = datetime.date
PUBLISHED = D(2025, 1, 31)
SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_36fbed4ef32e43c3.txt"

# Paragraphs of our own, in the three languages (figures are illustrative, not reported).
KOREAN = (
    "딥시크는 557만6000달러(약 80억원)로 모델을 개발했다고 밝혔다. 2019년 하이플라이어의 "
    "운용자산은 100억위안(약 2조원)을 돌파했다. 지난해 5월 딥시크가 가격 인하 전쟁을 "
    "시작했다. 당시 사용료는 100만토큰당 1위안(200원)이었다."
)
CHINESE = (
    "深度求索去年5月把API价格降至每百万token 1元（约0.14美元）。2023年，该公司融资5.58亿美元"
    "（约40亿元人民币），仅为对手16.7亿美元的三分之一。当时其估值达到100亿元人民币（约14亿美元）。"
)
ENGLISH = (
    "In 2019, High-Flyer's assets passed 10 billion yuan (about $1.45 billion). DeepSeek says "
    "V3 cost $5.6 million, 5.6% of the $99.6 million spent on a rival. The startup raised "
    "$558 million (about ₩800 billion)."
)


def table(checks: ab.ClaimChecks) -> list[tuple[str, str, str | None, str, str]]:
    return [
        (check.phrase, check.kind, check.basis, str(check.on), check.verdict) for check in checks
    ]


# --- The seed article ----------------------------------------------------------------------------


def test_the_seed_articles_equivalences_agree_with_the_built_in_brief() -> None:
    """Each stated won equivalence is found, at the same dates, with the same deviation,
    tolerance and verdict as the hand-built brief's check of it."""
    if not SEED.exists():
        pytest.skip("the seed article is not in this checkout")
    found = ab.check_text(SEED.read_text(encoding="utf-8"), published=PUBLISHED)
    brief = [c for c in ab.check_claims(ab.datasets.deepseek()) if c.kind == "equivalence"]
    assert len(found) == len(brief) == 8  # the page repeats its body: each is checked once
    for ours, theirs in zip(found, brief, strict=True):
        assert theirs.phrase.startswith(ours.phrase[:12])
        assert (ours.basis, ours.on, ours.verdict) == (theirs.basis, theirs.on, theirs.verdict)
        assert (ours.deviation, ours.tolerance) == (theirs.deviation, theirs.tolerance)
        assert ours.explain("en") == theirs.explain("en")


def test_one_equivalence_changed_by_30_percent_is_inconsistent() -> None:
    if not SEED.exists():
        pytest.skip("the seed article is not in this checkout")
    text = SEED.read_text(encoding="utf-8").replace("(약 80억원)", "(약 104억원)")
    checks = ab.check_text(text, published=PUBLISHED)
    [wrong] = [check for check in checks if check.verdict == "inconsistent"]
    assert wrong.phrase == "557만6000달러(약 104억원)"
    assert str(wrong.deviation).startswith("0.2866")
    assert sum(check.verdict == "consistent" for check in checks) == 7


# --- Paragraphs of our own -----------------------------------------------------------------------


def test_a_korean_paragraph_dated_in_the_text_and_by_a_back_reference() -> None:
    checks = ab.check_text(KOREAN, published=PUBLISHED)
    assert table(checks) == [
        ("557만6000달러(약 80억원)", "equivalence", "publication", "2025-01-31", "consistent"),
        ("100억위안(약 2조원)을 돌파", "equivalence", "publication", "2025-01-31", "consistent"),
        ("100억위안(약 2조원)을 돌파", "equivalence", "event", "2019", "consistent"),
        ("100만토큰당 1위안(200원)", "equivalence", "publication", "2025-01-31", "consistent"),
        # "당시" points back to the sentence before, which says 지난해 5월.
        ("100만토큰당 1위안(200원)", "equivalence", "event", "2024-05", "consistent"),
    ]
    first = checks[0]
    assert (first.fact, first.source, first.span) == ("text@5", "text", (5, 23))
    assert first.subject == "557만6000달러"
    assert first.stated == ab.Approx(ab.Money("8000000000", "KRW"), "about")


def test_a_chinese_paragraph_with_a_ratio_and_a_currency_word_after_the_equivalent() -> None:
    checks = ab.check_text(CHINESE, published=PUBLISHED)
    assert table(checks) == [
        ("每百万token 1元（约0.14美元）", "equivalence", "publication", "2025-01-31", "consistent"),
        ("每百万token 1元（约0.14美元）", "equivalence", "event", "2024-05", "consistent"),
        ("5.58亿美元（约40亿元人民币）", "equivalence", "publication", "2025-01-31", "consistent"),
        ("5.58亿美元（约40亿元人民币）", "equivalence", "event", "2023", "consistent"),
        (
            "5.58亿美元（约40亿元人民币），仅为对手16.7亿美元的三分之一",
            "ratio",
            None,
            "2025-01-31",
            "consistent",
        ),
        ("100亿元人民币（约14亿美元）", "equivalence", "publication", "2025-01-31", "consistent"),
        ("100亿元人民币（约14亿美元）", "equivalence", "event", "2023", "consistent"),
    ]
    ratio = checks[4]
    # 5.58亿 is a third of 16.74亿; the text says 16.7亿, 0.24% less.
    assert ratio.stated == Fraction(1, 3)
    assert ratio.implied == ab.Money("1674000000", "USD")
    assert ratio.reference == ab.Money("1670000000", "USD")
    assert ratio.deviation == DIVISION.divide(Decimal("1670000000") - 1674000000, 1674000000)
    assert ratio.explain("zh").startswith(
        "558,000,000 USD为总数的1/3，则总数为1,674,000,000 USD；原文数字1,670,000,000 USD低于推算值0.24%"
    )


def test_an_english_paragraph_at_the_rate_of_its_year_and_a_percentage_of_a_figure() -> None:
    checks = ab.check_text(ENGLISH, published=PUBLISHED)
    assert table(checks) == [
        # Converted at a 2019 rate: 5% off the rate of publication, exact within 2019.
        (
            "10 billion yuan (about $1.45 billion)",
            "equivalence",
            "publication",
            "2025-01-31",
            "inconsistent",
        ),
        ("10 billion yuan (about $1.45 billion)", "equivalence", "event", "2019", "consistent"),
        ("$5.6 million, 5.6% of the $99.6 million", "ratio", None, "2025-01-31", "consistent"),
        (
            "$558 million (about ₩800 billion)",
            "equivalence",
            "publication",
            "2025-01-31",
            "consistent",
        ),
    ]
    ratio = checks[2]
    assert ratio.implied == ab.Money("100000000", "USD")
    assert ratio.explain("en") == (
        "5,600,000 USD is 5.6% of 100,000,000 USD; the stated 99,600,000 USD is 0.40% below it, "
        "within the tolerance of ±1.84% (half a unit of the last significant digits of the "
        "ratio and the two figures)."
    )


def test_a_ratio_between_two_currencies_converts_the_part() -> None:
    text = "A사의 매출 7억달러는 B사 3조원의 3분의 1 수준이다."
    [check] = ab.check_text(text, published=PUBLISHED)
    rate = ab.rates.ecb().rate("USD", "KRW", PUBLISHED)
    part = DIVISION.divide(EXACT.multiply(Decimal(700000000), rate.numerator), rate.denominator)
    assert check.kind == "ratio"
    assert check.implied == ab.Money(EXACT.multiply(part, 3), "KRW")
    assert check.reference_date == PUBLISHED
    assert "(700,000,000 USD at the reference rate of 2025-01-31)" in check.explain("en")


@pytest.mark.parametrize(
    "text",
    [
        "557만6000달러는 챗GPT 개발비의 5.6%에 불과하다.",  # no figure for the whole
        "A사 1조원, C사 2조원은 B사 3조원의 3분의 1이다.",  # two candidate parts
        "매출이 5.6% 증가했다.",
    ],
)
def test_a_ratio_without_exactly_two_figures_is_not_checked(text: str) -> None:
    assert [check.kind for check in ab.check_text(text, published=PUBLISHED)] == []


def test_a_middle_dot_joins_an_equivalence() -> None:
    [check] = ab.check_text("투자 규모는 5억5800만달러·약 8000억원이다.", published=PUBLISHED)
    assert check.phrase == "5억5800만달러·약 8000억원"
    assert check.stated == ab.Approx(ab.Money("800000000000", "KRW"), "about")


def test_a_repeated_paragraph_is_checked_once() -> None:
    once = ab.check_text(KOREAN, published=PUBLISHED)
    assert table(ab.check_text(KOREAN + "\n" + KOREAN, published=PUBLISHED)) == table(once)


def test_a_text_without_figures_has_no_checks() -> None:
    assert ab.check_text("오늘은 맑음.", published=PUBLISHED) == []


# --- Bad input -----------------------------------------------------------------------------------


@pytest.mark.parametrize("published", [None, 20250131, datetime.datetime(2025, 1, 31)])
def test_an_article_needs_its_date(published: object) -> None:
    with pytest.raises(ab.DateTypeError, match="publication date") as info:
        ab.check_text(KOREAN, published=published)  # type: ignore[arg-type]
    assert info.value.value == published


def test_published_may_be_iso_text_or_a_partial_date() -> None:
    by_text = ab.check_text(KOREAN, published="2025-01-31")  # type: ignore[arg-type]
    assert table(by_text) == table(ab.check_text(KOREAN, published=ab.PartialDate(2025, 1, 31)))


def test_locale_is_a_reading_language() -> None:
    assert ab.check_text(KOREAN, published=PUBLISHED, locale="ko_KR") == ab.check_text(
        KOREAN, published=PUBLISHED
    )
    with pytest.raises(ab.InvalidArgumentError, match="locale 'ja'"):
        ab.check_text(KOREAN, published=PUBLISHED, locale="ja")
    with pytest.raises(ab.AmountTypeError, match="pass the article as a str"):
        ab.check_text(b"text", published=PUBLISHED)  # type: ignore[arg-type]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="0123456789억만원달러위안()（）·약 .。의的分之一三%$ ofthe", max_size=60))
def test_any_text_is_checked_without_an_error(text: str) -> None:
    for check in ab.check_text(text, published=PUBLISHED):
        assert check.verdict in {"consistent", "inconsistent", "unverifiable"}


# --- Sentences -------------------------------------------------------------------------


def test_sentences_end_at_stops_not_at_decimal_points() -> None:
    text = "가격은 5.6% 올랐다. 当时是这样。Then it fell"
    assert [text[start:end] for start, end in sentences(text)] == [
        "가격은 5.6% 올랐다.",
        " 当时是这样。",
        "Then it fell",
    ]
