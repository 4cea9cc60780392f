"""News phrasings in Korean, Chinese and English, as AI-industry stories write them.

Each sentence is our own, written for this test in the way the three languages' business press
writes figures; each row gives what a careful reader takes from it.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import aibrief as ab

D = Decimal

# (sentence, the mention, value, currency or unit, qualifier, low, high, direction)
NEWS = [
    # Korean
    ("엔비디아 주가가 장중 5% 이상 하락했다", "5% 이상 하락", D("-5"), "percent", "up_to", None, None, "down"),
    ("시가총액이 10% 가까이 급락했다", "10% 가까이 급락", D("-10"), "percent", "nearly", None, None, "down"),
    ("투자 규모는 20억~50억 달러로 추산된다", "20억~50억 달러", D("3.5e9"), "USD", "range", D("2e9"), D("5e9"), None),
    ("데이터센터에 2조에서 3조 달러가 들어간다", "2조에서 3조 달러", D("2.5e12"), "USD", "range", D("2e12"), D("3e12"), None),
    ("분기당 20억 달러의 매출을 올린다", "분기당 20억 달러", D("2e9"), "USD", "exact", None, None, None),
    ("벌금 1만 스위스 프랑을 물었다", "1만 스위스 프랑", D("10000"), "CHF", "exact", None, None, None),
    ("점유율은 100 프로에 가깝다", "100 프로", D("100"), "percent", "exact", None, None, None),
    ("타율 3할을 기록했다", "3할", D("30"), "percent", "exact", None, None, None),
    ("매출이 두 배로 늘었다", "두 배", D("2"), "times", "exact", None, None, None),
    ("응답자 절반이 넘는 사람이 반대했다", "절반이 넘는", D("1"), None, "over", None, None, None),
    ("AI 논문 수는 세계 12위다", "12위", D("12"), "rank", "exact", None, None, None),
    ("오차범위는 ±3.1%p다", "±3.1%p", D("0"), "percentage_point", "range", D("-3.1"), D("3.1"), None),
    ("수익률이 마이너스 5%를 기록했다", "마이너스 5%", D("-5"), "percent", "exact", None, None, None),
    ("영업이익 3분의 1이 AI에서 나왔다", "3분의 1", D("1"), None, "exact", None, None, None),
    # Chinese
    ("该公司营收约为12亿元", "约为12亿元", D("1.2e9"), "CNY", "about", None, None, None),
    ("出口额一万三千亿元", "一万三千亿元", D("1.3e12"), "CNY", "exact", None, None, None),
    ("股价下跌超过5%", "下跌超过5%", D("-5"), "percent", "under", None, None, "down"),
    ("兑换1.0092瑞士法郎", "1.0092瑞士法郎", D("1.0092"), "CHF", "exact", None, None, None),
    ("三成用户选择了国产模型", "三成", D("30"), "percent", "exact", None, None, None),
    ("公司每年100亿元用于研发", "每年100亿元", D("1e10"), "CNY", "exact", None, None, None),
    ("出货量排名全球第三大", "第三大", D("3"), "rank", "exact", None, None, None),
    ("收入减少了一半", "减少了一半", D("-1"), None, "exact", None, None, "down"),
    ("数百万美元的融资", "数百万美元", None, "USD", None, D("1e6"), D("1e7"), None),
    ("一台服务器售价两千四百五十万元", "两千四百五十万元", D("24500000"), "CNY", "exact", None, None, None),
    ("收益率为负五个百分点", "负五个百分点", D("-5"), "percentage_point", "exact", None, None, None),
    # English
    ("Shares fell more than 5% on Monday", "fell more than 5%", D("-5"), "percent", "under", None, None, "down"),
    ("The chipmaker expects between $2 and $3 billion in orders", "between $2 and $3 billion", D("2.5e9"), "USD", "range", D("2e9"), D("3e9"), None),
    ("It spends $2 billion per quarter on compute", "$2 billion per quarter", D("2e9"), "USD", "exact", None, None, None),
    ("The fine was 10,000 Swiss francs", "10,000 Swiss francs", D("10000"), "CHF", "exact", None, None, None),
    ("Its approval rating is in the mid-60% range", "mid-60%", None, "percent", None, D("63"), D("67"), None),
    ("The firm hired two hundred thousand people", "two hundred thousand people", D("200000"), "person", "exact", None, None, None),
    ("A dozen GPUs were shipped", "A dozen GPUs", D("12"), "gpu", "exact", None, None, None),
    ("Half of the staff left", "Half", D("1"), None, "exact", None, None, None),
    ("It ranked third in the world", "ranked third", D("3"), "rank", "exact", None, None, None),
    ("Growth was 2-3% a year", "2-3%", D("2.5"), "percent", "range", D("2"), D("3"), None),
    ("The yield rose to minus five percent", "minus five percent", D("-5"), "percent", "exact", None, None, None),
    ("The margin of error is ±2%", "±2%", D("0"), "percent", "range", D("-2"), D("2"), None),
    ("It sold for ¥80.33 in Tokyo", "¥80.33", D("80.33"), "JPY", "exact", None, None, None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "mention", "value", "what", "qualifier", "low", "high", "direction"), NEWS
)
def test_news_phrasings_read_as_a_reader_reads_them(
    text: str,
    mention: str,
    value: Decimal | None,
    what: str | None,
    qualifier: str | None,
    low: Decimal | None,
    high: Decimal | None,
    direction: str | None,
) -> None:
    found = [item for item in ab.find_amounts(text) if item.text == mention]
    assert len(found) == 1, ab.find_amounts(text)
    [item] = found
    if isinstance(item, ab.VagueMention):
        assert value is None
        assert (item.currency or item.unit, item.low, item.high) == (what, low, high)
        return
    assert (item.value, item.currency or item.unit, item.qualifier) == (value, what, qualifier)
    assert (item.low, item.high, item.direction) == (low, high, direction)


def test_the_table_covers_the_three_languages() -> None:
    langs = {ab.find_amounts(text)[0].lang for text, *_ in NEWS}
    assert langs == {"ko", "zh", "en"}
    assert len(NEWS) >= 36
