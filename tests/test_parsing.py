"""parse_amount and find_amounts read the figures of Korean, Chinese and English news exactly."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import aibrief as ab
from aibrief._reading.currencies import currency_hint
from aibrief._reading.scan import read_simple, scan

D = Decimal

# (text, value, currency, unit, qualifier): one amount each, as news writes it.
AMOUNTS = [
    # Korean: groups of 10^4 with Arabic digits
    ("557만6000달러", D("5576000"), "USD", None, "exact"),
    ("557만 6000달러", D("5576000"), "USD", None, "exact"),
    ("557만6천달러", D("5576000"), "USD", None, "exact"),
    ("846조6875억원", D("846687500000000"), "KRW", None, "exact"),
    ("1.5조원", D("1500000000000"), "KRW", None, "exact"),
    ("102억7,600만원", D("10276000000"), "KRW", None, "exact"),
    ("3억 5000만 달러", D("350000000"), "USD", None, "exact"),
    ("1,434.10원", D("1434.10"), "KRW", None, "exact"),
    ("80억원", D("8000000000"), "KRW", None, "exact"),
    ("80억 원", D("8000000000"), "KRW", None, "exact"),
    ("100억위안", D("10000000000"), "CNY", None, "exact"),
    ("1000만위안", D("10000000"), "CNY", None, "exact"),
    ("2억 달러", D("200000000"), "USD", None, "exact"),
    ("50억엔", D("5000000000"), "JPY", None, "exact"),
    ("3억 유로", D("300000000"), "EUR", None, "exact"),
    ("5억 홍콩달러", D("500000000"), "HKD", None, "exact"),
    ("₩8,000,000,000", D("8000000000"), "KRW", None, "exact"),
    ("US$5.6M", D("5600000"), "USD", None, "exact"),
    # Korean: numerals
    ("오천만 원", D("50000000"), "KRW", None, "exact"),
    ("십만원", D("100000"), "KRW", None, "exact"),
    ("만원", D("10000"), "KRW", None, "exact"),
    ("삼백만 명", D("3000000"), None, "person", "exact"),
    # Korean: counters and ratios
    ("50명", D("50"), None, "person", "exact"),
    ("19만5000명", D("195000"), None, "person", "exact"),
    ("22만건", D("220000"), None, "item", "exact"),
    ("6개", D("6"), None, "item", "exact"),
    ("3대", D("3"), None, "item", "exact"),
    ("1만장", D("10000"), None, "gpu", "exact"),
    ("700억 파라미터", D("70000000000"), None, "parameter", "exact"),
    ("5.6%", D("5.6"), None, "percent", "exact"),
    ("3%p", D("3"), None, "percentage_point", "exact"),
    ("0.5%포인트", D("0.5"), None, "percentage_point", "exact"),
    ("25bp", D("25"), None, "basis_point", "exact"),
    # Korean: qualifiers
    ("약 80억원", D("8000000000"), "KRW", None, "about"),
    ("41만1000여 명", D("411000"), None, "person", "over"),
    ("1만4000여 건", D("14000"), None, "item", "over"),
    ("10여억원", D("1000000000"), "KRW", None, "over"),
    ("1만개 이상", D("10000"), None, "item", "at_least"),
    ("100억원 미만", D("10000000000"), "KRW", None, "under"),
    ("10% 가까이", D("10"), None, "percent", "nearly"),
    ("600억원에 육박", D("60000000000"), "KRW", None, "nearly"),
    ("최대 100억원", D("10000000000"), "KRW", None, "up_to"),
    ("100억원까지", D("10000000000"), "KRW", None, "up_to"),
    ("10억원 넘게", D("1000000000"), "KRW", None, "over"),
    ("1000만명이 넘는", D("10000000"), None, "person", "over"),
    ("2조원을 돌파", D("2000000000000"), "KRW", None, "over"),
    ("20% 가량", D("20"), None, "percent", "about"),
    # Korean: changes
    ("17% 폭락", D("-17"), None, "percent", "exact"),
    ("10% 가까이 급락", D("-10"), None, "percent", "nearly"),
    ("3.2% 하락", D("-3.2"), None, "percent", "exact"),
    ("5% 떨어져", D("-5"), None, "percent", "exact"),
    ("8% 상승", D("8"), None, "percent", "exact"),
    ("12% 급등", D("12"), None, "percent", "exact"),
    ("-3.5%", D("-3.5"), None, "percent", "exact"),
    ("−3.5%", D("-3.5"), None, "percent", "exact"),
    # Chinese
    ("557.6万美元", D("5576000"), "USD", None, "exact"),
    ("五百五十七万六千美元", D("5576000"), "USD", None, "exact"),
    ("两千亿元", D("200000000000"), "CNY", None, "exact"),
    ("十亿美元", D("1000000000"), "USD", None, "exact"),
    ("五点六亿元", D("560000000"), "CNY", None, "exact"),
    ("1.2万亿元", D("1200000000000"), "CNY", None, "exact"),
    ("1.2兆元", D("1200000000000"), "CNY", None, "exact"),
    ("100亿元", D("10000000000"), "CNY", None, "exact"),
    ("人民币100亿元", D("10000000000"), "CNY", None, "exact"),
    ("100亿人民币", D("10000000000"), "CNY", None, "exact"),
    ("300万韩元", D("3000000"), "KRW", None, "exact"),
    ("50亿日元", D("5000000000"), "JPY", None, "exact"),
    ("100港元", D("100"), "HKD", None, "exact"),
    ("新台幣3億元", D("300000000"), "TWD", None, "exact"),
    ("新台币30亿元", D("3000000000"), "TWD", None, "exact"),
    ("约合人民币4亿元", D("400000000"), "CNY", None, "about"),
    ("约5.6%", D("5.6"), None, "percent", "about"),
    ("逾100亿元", D("10000000000"), "CNY", None, "over"),
    ("超过1万块GPU", D("10000"), None, "gpu", "over"),
    ("近6000亿美元", D("600000000000"), "USD", None, "nearly"),
    ("不到1%", D("1"), None, "percent", "under"),
    ("最多20亿元", D("2000000000"), "CNY", None, "up_to"),
    ("至少1000人", D("1000"), None, "person", "at_least"),
    ("100亿元以上", D("10000000000"), "CNY", None, "at_least"),
    ("10多亿美元", D("1000000000"), "USD", None, "over"),
    ("1000余万元", D("10000000"), "CNY", None, "over"),
    ("100多家", D("100"), None, "item", "over"),
    ("20%左右", D("20"), None, "percent", "about"),
    ("3个百分点", D("3"), None, "percentage_point", "exact"),
    ("百分之十七", D("17"), None, "percent", "exact"),
    ("暴跌17%", D("-17"), None, "percent", "exact"),
    ("下跌了约17%", D("-17"), None, "percent", "about"),
    ("上涨5%", D("5"), None, "percent", "exact"),
    ("700亿参数", D("70000000000"), None, "parameter", "exact"),
    # English
    ("$5.576 million", D("5576000"), "USD", None, "exact"),
    ("10 billion yuan", D("10000000000"), "CNY", None, "exact"),
    ("US$5.6M", D("5600000"), "USD", None, "exact"),
    ("RMB 10bn", D("10000000000"), "CNY", None, "exact"),
    ("1.2 trillion won", D("1200000000000"), "KRW", None, "exact"),
    ("₩8 billion", D("8000000000"), "KRW", None, "exact"),
    ("€3.5bn", D("3500000000"), "EUR", None, "exact"),
    ("£200m", D("200000000"), "GBP", None, "exact"),
    ("HK$1.2 billion", D("1200000000"), "HKD", None, "exact"),
    ("USD 5 million", D("5000000"), "USD", None, "exact"),
    ("5 million dollars", D("5000000"), "USD", None, "exact"),
    ("8 billion New Taiwan dollars", D("8000000000"), "TWD", None, "exact"),
    ("about 2,000 chips", D("2000"), None, "gpu", "about"),
    ("more than 23 million", D("23000000"), None, None, "over"),
    ("nearly $600 billion", D("600000000000"), "USD", None, "nearly"),
    ("up to 2,000 GPUs", D("2000"), None, "gpu", "up_to"),
    ("at least 1,000 employees", D("1000"), None, "person", "at_least"),
    ("less than 1%", D("1"), None, "percent", "under"),
    ("roughly 50 researchers", D("50"), None, "person", "about"),
    ("70B parameters", D("70000000000"), None, "parameter", "exact"),
    ("2.5 percentage points", D("2.5"), None, "percentage_point", "exact"),
    ("100 or more", D("100"), None, None, "at_least"),
    ("fell 17%", D("-17"), None, "percent", "exact"),
    ("plunged nearly 17%", D("-17"), None, "percent", "nearly"),
    ("a 17% drop", D("-17"), None, "percent", "exact"),
    ("rose 3%", D("3"), None, "percent", "exact"),
]


@pytest.mark.parametrize(("text", "value", "currency", "unit", "qualifier"), AMOUNTS)
def test_parse_amount_reads_news_phrasings_exactly(
    text: str, value: Decimal, currency: str | None, unit: str | None, qualifier: str
) -> None:
    amount = ab.parse_amount(text)
    assert (amount.value, amount.currency, amount.unit, amount.qualifier) == (
        value,
        currency,
        unit,
        qualifier,
    )
    assert str(amount.value) == str(value)  # no stray exponent or trailing ".0"
    assert (amount.low, amount.high, amount.per) == (None, None, None)


def test_the_table_covers_eighty_phrasings_in_three_languages() -> None:
    langs = {ab.parse_amount(text).lang for text, *_ in AMOUNTS}
    assert len(AMOUNTS) >= 80
    assert langs == {"ko", "zh", "en"}


def test_spans_index_the_input_and_text_is_the_slice() -> None:
    text = "엔비디아 주가가 17% 폭락했다"
    amount = ab.parse_amount(text)
    assert amount.span == (9, 15)
    assert amount.text == text[9:15] == "17% 폭락"
    assert amount.lang == "ko"


# --- Equivalents, prices and ranges ------------------------------------------------------------


def test_a_parenthesised_equivalent_is_one_amount() -> None:
    amount = ab.parse_amount("557만6000달러(약 80억원)")
    assert (amount.value, amount.currency, amount.span) == (D("5576000"), "USD", (0, 18))
    equivalent = amount.equivalent
    assert equivalent is not None
    assert (equivalent.value, equivalent.currency, equivalent.qualifier) == (
        D("8000000000"),
        "KRW",
        "about",
    )
    assert (equivalent.span, equivalent.text) == ((11, 17), "약 80억원")


@pytest.mark.parametrize(
    ("text", "value", "currency", "equivalent", "equivalent_currency", "qualifier"),
    [
        ("100억위안(약 2조원)을 돌파", D("1e10"), "CNY", D("2e12"), "KRW", "over"),
        ("1000만위안(약 20억원)", D("1e7"), "CNY", D("2e9"), "KRW", "exact"),
        ("$5.6 million (about ₩8 billion)", D("5.6e6"), "USD", D("8e9"), "KRW", "exact"),
        ("557.6万美元（约合人民币4000万元）", D("5576000"), "USD", D("4e7"), "CNY", "exact"),
        ("557만6000달러(한화 약 80억원)", D("5576000"), "USD", D("8e9"), "KRW", "exact"),
    ],
)
def test_equivalents_in_each_language(
    text: str,
    value: Decimal,
    currency: str,
    equivalent: Decimal,
    equivalent_currency: str,
    qualifier: str,
) -> None:
    amount = ab.parse_amount(text)
    assert (amount.value, amount.currency, amount.qualifier) == (value, currency, qualifier)
    assert amount.equivalent is not None
    assert (amount.equivalent.value, amount.equivalent.currency) == (
        equivalent,
        equivalent_currency,
    )


def test_a_price_per_million_tokens_keeps_its_denominator() -> None:
    amount = ab.parse_amount("100만토큰당 1위안(200원)")
    assert (amount.value, amount.currency) == (D("1"), "CNY")
    assert amount.per is not None
    assert (amount.per.value, amount.per.unit, amount.per.text) == (
        D("1000000"),
        "token",
        "100만토큰",
    )
    # The stated equivalent is a price too, per the same tokens.
    assert amount.equivalent is not None
    assert (amount.equivalent.value, amount.equivalent.currency) == (D("200"), "KRW")
    assert amount.equivalent.per == amount.per


@pytest.mark.parametrize(
    ("text", "value", "currency", "per_value", "per_unit"),
    [
        ("1인당 25만원", D("250000"), "KRW", D("1"), "person"),
        ("1元/百万 tokens", D("1"), "CNY", D("1000000"), "token"),
        ("每百万tokens 1元", D("1"), "CNY", D("1000000"), "token"),
        ("$2 per million tokens", D("2"), "USD", D("1000000"), "token"),
        ("$0.14 per 1M tokens", D("0.14"), "USD", D("1000000"), "token"),
        ("$2.19 per million output tokens", D("2.19"), "USD", D("1000000"), "token"),
        ("$30 per GPU", D("30"), "USD", D("1"), "gpu"),
    ],
)
def test_prices(
    text: str, value: Decimal, currency: str, per_value: Decimal, per_unit: str
) -> None:
    amount = ab.parse_amount(text)
    assert (amount.value, amount.currency) == (value, currency)
    assert amount.per is not None
    assert (amount.per.value, amount.per.unit) == (per_value, per_unit)


@pytest.mark.parametrize(
    ("text", "low", "high", "currency", "unit"),
    [
        ("5~6조원", D("5e12"), D("6e12"), "KRW", None),
        ("1억~2억 달러", D("1e8"), D("2e8"), "USD", None),
        ("5000만~1억원", D("5e7"), D("1e8"), "KRW", None),
        ("10%~20%", D("10"), D("20"), None, "percent"),
        ("20~30%", D("20"), D("30"), None, "percent"),
        ("10亿至20亿美元", D("1e9"), D("2e9"), "USD", None),
        ("$5-6 million", D("5e6"), D("6e6"), "USD", None),
        ("$1 billion to $2 billion", D("1e9"), D("2e9"), "USD", None),
        ("$500,000-1 million", D("5e5"), D("1e6"), "USD", None),
    ],
)
def test_ranges_keep_both_ends_and_the_midpoint(
    text: str, low: Decimal, high: Decimal, currency: str | None, unit: str | None
) -> None:
    amount = ab.parse_amount(text)
    assert (amount.low, amount.high, amount.currency, amount.unit) == (low, high, currency, unit)
    assert amount.qualifier == "range"
    assert amount.value == (low + high) / 2


def test_a_fall_over_a_range_negates_and_swaps_the_ends() -> None:
    amount = ab.parse_amount("10~20% 하락")
    assert (amount.low, amount.high, amount.value) == (D("-20"), D("-10"), D("-15"))


# --- What is not an amount ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["A100", "H800", "GPT-4", "V3", "R1", "딥시크-R1", "이상", "연구자", "만약", "일부", "삼성",
     "천재", "百度", "一些", "三星", "36kr", "2025-01-27", "3.5.1"],
)  # fmt: skip
def test_names_and_words_with_numeral_syllables_are_not_amounts(text: str) -> None:
    with pytest.raises(ab.ParseError) as caught:
        ab.parse_amount(text)
    assert caught.value.reason == "unrecognised"
    assert ab.find_amounts(text) == []


@pytest.mark.parametrize(
    "text",
    ["2023년", "27일", "17살", "20대", "30대 초반", "3개월", "1~2년", "2018~2023년", "7분",
     "2023年", "3위권", "第一季度", "in the third quarter"],
)  # fmt: skip
def test_dates_ages_and_ordinals_are_not_amounts(text: str) -> None:
    assert ab.find_amounts(text) == []
    with pytest.raises(ab.ParseError) as caught:
        ab.parse_amount(text)
    assert caught.value.reason == "unrecognised"


def test_digits_in_a_product_name_do_not_hide_the_amount_after_it() -> None:
    amount = ab.parse_amount("엔비디아 A100 1만개 이상")
    assert (amount.value, amount.unit, amount.qualifier) == (D("10000"), "item", "at_least")


def test_a_bare_number_parses_alone_but_is_not_listed() -> None:
    assert ab.parse_amount("5576000").value == D("5576000")
    assert ab.parse_amount("千万").value == D("10000000")  # a numeral alone is a number
    assert ab.find_amounts("千万不要") == []  # ... but in text it is a word ("by all means")
    assert ab.parse_amount("1,434.10").value == D("1434.10")
    assert ab.parse_amount("五百五十七万六千").value == D("5576000")
    assert ab.find_amounts("뤄푸리(30)를 영입") == []


def test_a_real_amount_wins_over_a_bare_number() -> None:
    assert ab.parse_amount("량원펑(40)은 1000만위안을 제시").value == D("10000000")


# --- Vague amounts ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "magnitude", "currency", "unit"),
    [
        ("수십억 원", D("1e9"), "KRW", None),
        ("수백만 명", D("1e6"), None, "person"),
        ("몇억 원", D("1e8"), "KRW", None),
        ("수천억원", D("1e11"), "KRW", None),
        ("数十亿元", D("1e9"), "CNY", None),
        ("几百万美元", D("1e6"), "USD", None),
        ("上百万", D("1e6"), None, None),
        ("十几亿元", D("1e9"), "CNY", None),
        ("hundreds of millions of dollars", D("1e8"), "USD", None),
        ("tens of billions", D("1e10"), None, None),
        ("several billion dollars", D("1e9"), "USD", None),
        ("a multibillion-dollar deal", D("1e9"), "USD", None),
        ("thousands of GPUs", D("1e3"), None, "gpu"),
    ],
)
def test_vague_amounts_are_never_guessed(
    text: str, magnitude: Decimal, currency: str | None, unit: str | None
) -> None:
    with pytest.raises(ab.ParseError) as caught:
        ab.parse_amount(text)
    assert caught.value.reason == "vague"
    [vague] = ab.find_amounts(text)
    assert isinstance(vague, ab.VagueMention)
    assert (vague.magnitude, vague.currency, vague.unit) == (magnitude, currency, unit)
    assert not hasattr(vague, "value")


def test_the_word_for_number_of_is_not_vague() -> None:
    assert [item.unit for item in ab.find_amounts("논문 수는 세계 12위")] == ["rank"]


@pytest.mark.parametrize(
    ("text", "mention", "rank"),
    [("AI 논문 22만건으로 세계 1위", "1위", 1), ("1위로 올라섰다", "1위", 1),
     ("全球第三大芯片公司", "第三大", 3), ("第3名", "第3名", 3), ("排名第三", "第三", 3),
     ("It ranked third in the world", "ranked third", 3), ("the No. 1 chipmaker", "No. 1", 1)],
)  # fmt: skip
def test_ranks_are_in_the_unit_rank(text: str, mention: str, rank: int) -> None:
    [found] = [item for item in ab.find_amounts(text) if item.unit == "rank"]
    assert isinstance(found, ab.ParsedAmount)
    assert (found.text, found.value) == (mention, D(rank))
    assert found.to_approx().value == ab.Q_(rank, "rank")


# --- Errors -----------------------------------------------------------------------------------


def test_empty_text_raises_with_reason_empty() -> None:
    with pytest.raises(ab.ParseError) as caught:
        ab.parse_amount("   ")
    assert (caught.value.reason, caught.value.position, caught.value.text) == ("empty", None, "   ")


def test_two_unrelated_amounts_are_ambiguous_and_point_at_the_second() -> None:
    text = "연구자 19만5000명, 논문 11만7000건"
    with pytest.raises(ab.ParseError) as caught:
        ab.parse_amount(text)
    error = caught.value
    assert (error.reason, error.position, error.text) == ("ambiguous", 17, text)
    assert "19만5000명" in str(error)
    assert "find_amounts" in str(error)


def test_a_vague_amount_error_says_where() -> None:
    with pytest.raises(ab.ParseError) as caught:
        ab.parse_amount("투자 규모는 수십억 원")
    assert (caught.value.reason, caught.value.position) == ("vague", 7)


def test_a_date_gives_an_unrecognised_error_that_points_at_it() -> None:
    with pytest.raises(ab.ParseError) as caught:
        ab.parse_amount("지난 2023년")
    assert (caught.value.reason, caught.value.position) == ("unrecognised", 3)
    assert isinstance(caught.value, ValueError)


def test_bad_arguments_raise_typed_errors() -> None:
    with pytest.raises(ab.InvalidArgumentError) as caught:
        ab.parse_amount("5%", lang="ja")  # type: ignore[arg-type]
    assert caught.value.name == "lang"
    with pytest.raises(ab.AmountTypeError):
        ab.parse_amount(5576000)  # type: ignore[arg-type]


# --- Languages --------------------------------------------------------------------------------


def test_the_yen_sign_depends_on_the_language_and_is_ambiguous_without_one() -> None:
    alone = ab.parse_amount("¥100")
    assert (alone.currency, alone.currency_options) == (None, ("CNY", "JPY"))
    assert ab.parse_amount("¥100", lang="zh").currency == "CNY"
    assert ab.parse_amount("价格为¥100").currency == "CNY"
    assert ab.parse_amount("¥100 billion").currency == "JPY"  # English, as CLDR's en writes it
    assert ab.parse_amount("¥100", locale="ja").currency == "JPY"


def test_full_width_characters_are_read() -> None:
    amount = ab.parse_amount("１００万元（约合１４万美元）")
    assert (amount.value, amount.currency) == (D("1000000"), "CNY")
    assert amount.equivalent is not None
    assert amount.equivalent.value == D("140000")


def test_lang_is_detected_from_the_script() -> None:
    assert ab.parse_amount("17%").lang == "en"
    assert ab.parse_amount("17% 폭락").lang == "ko"
    assert ab.parse_amount("暴跌17%").lang == "zh"
    assert ab.parse_amount("17%", lang="ko").lang == "ko"


# --- find_amounts -----------------------------------------------------------------------------


def test_find_amounts_lists_every_mention_in_order() -> None:
    text = (
        "H800을 써서 557만6000달러(약 80억원)로 개발했다는 소식에 주가가 17% 폭락했다. "
        "A100을 1만개 이상 비축했고, 연구자는 41만1000여 명이다."
    )
    found = ab.find_amounts(text)
    assert [item.text for item in found] == [
        "557만6000달러(약 80억원)",
        "17% 폭락",
        "1만개 이상",
        "41만1000여 명",
    ]
    assert all(text[item.span[0] : item.span[1]] == item.text for item in found)
    first = found[0]
    assert isinstance(first, ab.ParsedAmount)
    assert first.equivalent is not None
    assert first.equivalent.span == (20, 26)


def test_find_amounts_reports_vague_mentions_in_place() -> None:
    found = ab.find_amounts("매출은 80억원, 투자는 수십억 원 규모")
    assert [type(item).__name__ for item in found] == ["ParsedAmount", "VagueMention"]
    assert found[1].text == "수십억 원"


def test_find_amounts_in_chinese_and_english() -> None:
    zh = ab.find_amounts("该公司投入557.6万美元，约合人民币4000万元，股价暴跌17%")
    assert [(item.text, item.value) for item in zh if isinstance(item, ab.ParsedAmount)] == [
        ("557.6万美元", D("5576000")),
        ("约合人民币4000万元", D("40000000")),
        ("暴跌17%", D("-17")),
    ]
    en = ab.find_amounts("It cost $5.6 million (about ₩8 billion); shares fell 17% on 2 GPUs.")
    assert [item.text for item in en] == [
        "$5.6 million (about ₩8 billion)",
        "fell 17%",
        "2 GPUs",
    ]


def test_spaced_counters_do_not_swallow_the_next_word() -> None:
    [count] = ab.find_amounts("개발자 100만 개발 도구")
    assert isinstance(count, ab.ParsedAmount)
    assert (count.text, count.value, count.unit) == ("100만", D("1000000"), None)
    [people] = ab.find_amounts("가입자 1만 명이 몰렸다")
    assert isinstance(people, ab.ParsedAmount)
    assert (people.value, people.unit) == (D("10000"), "person")


# --- Typed values -----------------------------------------------------------------------------


def test_to_approx_gives_money_for_currencies() -> None:
    approx = ab.parse_amount("약 80억원").to_approx()
    assert approx == ab.Approx(ab.Money("8000000000", "KRW"), "about")


def test_to_approx_gives_a_quantity_for_units_and_prices() -> None:
    people = ab.parse_amount("41만1000여 명").to_approx()
    assert people.qualifier == "over"
    assert people.value == ab.Q_(411000, "person")
    price = ab.parse_amount("100만토큰당 1위안").to_approx().value
    assert price.magnitude == D("0.000001")
    assert str(price.units) == "CNY / token"


def test_to_approx_gives_a_decimal_for_plain_numbers_and_keeps_range_ends() -> None:
    assert ab.parse_amount("more than 23 million").to_approx() == ab.Approx(D("23000000"), "over")
    approx = ab.parse_amount("5~6조원").to_approx()
    assert approx.qualifier == "range"
    assert (approx.low, approx.high) == (
        ab.Money("5000000000000", "KRW"),
        ab.Money("6000000000000", "KRW"),
    )


def test_repr_shows_only_what_was_read() -> None:
    assert repr(ab.parse_amount("약 80억원")) == (
        "ParsedAmount('약 80억원', value=Decimal('8000000000'), currency='KRW', qualifier='about')"
    )


# --- Fractions -----------------------------------------------------------------------------------

# (text, numerator, denominator, what the denominator reads as, qualifier, the mention's text)
FRACTIONS = [
    ("7분의 1", D("1"), D("7"), "7", "exact", "7분의 1"),
    ("70분의 1", D("1"), D("70"), "70", "exact", "70분의 1"),
    ("3분의 2", D("2"), D("3"), "3", "exact", "3분의 2"),
    ("100만분의 1", D("1"), D("1000000"), "100만", "exact", "100만분의 1"),
    ("10분의 1 수준", D("1"), D("10"), "10", "exact", "10분의 1"),
    ("약 7분의 1", D("1"), D("7"), "7", "about", "약 7분의 1"),
    ("7분의 1가량", D("1"), D("7"), "7", "about", "7분의 1가량"),
    ("7분의 1 정도", D("1"), D("7"), "7", "about", "7분의 1 정도"),
    ("7분의1", D("1"), D("7"), "7", "exact", "7분의1"),
    ("70분의 1에 불과한", D("1"), D("70"), "70", "exact", "70분의 1"),
    ("7분의 1로 낮추자", D("1"), D("7"), "7", "exact", "7분의 1"),
    ("3분의 1은", D("1"), D("3"), "3", "exact", "3분의 1"),
    ("七分之一", D("1"), D("7"), "七", "exact", "七分之一"),
    ("7分之1", D("1"), D("7"), "7", "exact", "7分之1"),
    ("百万分之一", D("1"), D("1000000"), "百万", "exact", "百万分之一"),
    ("百萬分之一", D("1"), D("1000000"), "百萬", "exact", "百萬分之一"),
    ("千分之三", D("3"), D("1000"), "千", "exact", "千分之三"),
    ("三分之二", D("2"), D("3"), "三", "exact", "三分之二"),
    ("十分之一", D("1"), D("10"), "十", "exact", "十分之一"),
    ("约七分之一", D("1"), D("7"), "七", "about", "约七分之一"),
    ("七分之一左右", D("1"), D("7"), "七", "about", "七分之一左右"),
]


@pytest.mark.parametrize(
    ("text", "numerator", "denominator", "per_text", "qualifier", "found"), FRACTIONS
)
def test_fractions_are_the_numerator_per_the_denominator(
    text: str, numerator: Decimal, denominator: Decimal, per_text: str, qualifier: str, found: str
) -> None:
    amount = ab.parse_amount(text)
    assert (amount.value, amount.currency, amount.unit, amount.qualifier, amount.text) == (
        numerator,
        None,
        None,
        qualifier,
        found,
    )
    assert amount.per is not None
    assert (amount.per.value, amount.per.text, amount.per.unit, amount.per.currency) == (
        denominator,
        per_text,
        None,
        None,
    )
    assert amount.per.span == (text.index(per_text), text.index(per_text) + len(per_text))
    assert amount.fraction == Fraction(numerator) / Fraction(denominator)
    assert ab.find_amounts(text) == [amount]


def test_a_fraction_has_an_exact_ratio_and_a_decimal_approximation() -> None:
    assert ab.parse_amount("7분의 1").fraction == Fraction(1, 7)
    assert ab.parse_amount("100만분의 1").fraction == Fraction(1, 1000000)
    assert ab.parse_amount("千分之三").fraction == Fraction(3, 1000)
    assert ab.parse_amount("약 7분의 1").to_approx() == ab.Approx(
        D("0.1428571428571428571428571428571429"), "about"
    )
    assert ab.parse_amount("千分之三").to_approx() == ab.Approx(D("0.003"), "exact")


def test_a_fraction_repr_shows_the_denominator_in_per() -> None:
    assert repr(ab.parse_amount("7분의 1")) == (
        "ParsedAmount('7분의 1', value=Decimal('1'), per=ParsedAmount('7', value=Decimal('7')))"
    )


def test_prices_percents_and_plain_numbers_have_no_fraction() -> None:
    assert ab.parse_amount("100만토큰당 1위안").fraction is None
    assert ab.parse_amount("5.6%").fraction is None
    assert ab.parse_amount("557만6000달러").fraction is None


@pytest.mark.parametrize(
    ("text", "value"), [("百分之五十", D("50")), ("百分之5.6", D("5.6")), ("百分之一", D("1"))]
)
def test_bai_fen_zhi_stays_a_percent(text: str, value: Decimal) -> None:
    amount = ab.parse_amount(text)
    assert (amount.value, amount.unit, amount.per, amount.fraction) == (
        value,
        "percent",
        None,
        None,
    )


def test_a_zero_denominator_is_a_parse_error_and_not_listed() -> None:
    with pytest.raises(ab.ParseError) as caught:
        ab.parse_amount("0분의 1")
    assert (caught.value.reason, caught.value.position) == ("unrecognised", 0)
    assert "zero denominator" in str(caught.value)
    assert ab.find_amounts("0分之一") == []


@pytest.mark.parametrize("text", ["1/7", "3/4", "one seventh", "a seventh straight year"])
def test_slashes_and_ordinals_that_may_be_dates_or_ranks_are_not_fractions(text: str) -> None:
    """ "1/7" also writes a date and "a seventh" an ordinal, so they are left unread."""
    assert ab.find_amounts(text) == []


@pytest.mark.parametrize("text", ["30분의 시간", "10분의 1초", "十分重要", "得7分", "7分之"])
def test_minutes_scores_and_words_are_not_fractions(text: str) -> None:
    assert [found for found in ab.find_amounts(text) if getattr(found, "per", None)] == []


def test_find_amounts_reads_the_fractions_of_the_seed_article() -> None:
    text = (
        "당시 딥시크가 '딥시크-V2'의 사용료를 메타 '라마3'의 7분의 1, 'GPT-4 터보'의 70분의 "
        "1에 불과한 100만토큰당 1위안(200원)으로 낮추자"
    )
    found = ab.find_amounts(text)
    assert [item.text for item in found] == ["7분의 1", "70분의 1", "100만토큰당 1위안(200원)"]
    fractions = [item.fraction for item in found if isinstance(item, ab.ParsedAmount)]
    assert fractions == [Fraction(1, 7), Fraction(1, 70), None]


@given(st.integers(min_value=1, max_value=10**12), st.integers(min_value=0, max_value=10**12))
def test_any_korean_or_chinese_fraction_of_integers_is_exact(n: int, m: int) -> None:
    assert ab.parse_amount(f"{n}분의 {m}").fraction == Fraction(m, n)
    assert ab.parse_amount(f"{n}分之{m}").fraction == Fraction(m, n)


# --- Multiples --------------------------------------------------------------------------------

# (text, value, qualifier, the mention's text): a multiple is the unit "times".
MULTIPLES = [
    ("2배", D("2"), "exact", "2배"),
    ("1.5배", D("1.5"), "exact", "1.5배"),
    ("10배 이상", D("10"), "at_least", "10배 이상"),
    ("약 2배", D("2"), "about", "약 2배"),
    ("2배로", D("2"), "exact", "2배"),
    ("2배가", D("2"), "exact", "2배"),
    ("2배이상", D("2"), "at_least", "2배이상"),
    ("2배가 넘는", D("2"), "over", "2배가 넘는"),
    ("2~3배", D("2.5"), "range", "2~3배"),
    ("2倍", D("2"), "exact", "2倍"),
    ("3倍多", D("3"), "over", "3倍多"),
    ("3倍以上", D("3"), "at_least", "3倍以上"),
    ("约3倍", D("3"), "about", "约3倍"),
    ("两倍", D("2"), "exact", "两倍"),
    ("三倍", D("3"), "exact", "三倍"),
    ("十倍", D("10"), "exact", "十倍"),
    ("10x", D("10"), "exact", "10x"),
    ("2.5x", D("2.5"), "exact", "2.5x"),
    ("10×", D("10"), "exact", "10×"),
    ("DeepSeek is 10x cheaper", D("10"), "exact", "10x"),
    ("about 2x", D("2"), "about", "about 2x"),
]


@pytest.mark.parametrize(("text", "value", "qualifier", "mention"), MULTIPLES)
def test_multiples_are_read_in_times(
    text: str, value: Decimal, qualifier: str, mention: str
) -> None:
    amount = ab.parse_amount(text)
    assert (amount.value, amount.unit, amount.currency, amount.qualifier, amount.text) == (
        value,
        "times",
        None,
        qualifier,
        mention,
    )
    assert text[amount.span[0] : amount.span[1]] == mention
    assert ab.find_amounts(text) == [amount]


@pytest.mark.parametrize(
    ("text", "mention"),
    [("2배 증가", "2배"), ("2배 하락", "2배"), ("3.5배나 늘었다", "3.5배"),
     ("2배 가까이 증가", "2배 가까이"), ("3倍增长", "3倍"), ("增长3倍", "3倍"),
     ("下降了两倍", "两倍"), ("up 2x", "2x"), ("fell 2x", "2x"), ("rose about 2x", "about 2x"),
     ("a 2x increase", "2x")],
)  # fmt: skip
def test_a_change_verb_is_never_applied_to_a_multiple(text: str, mention: str) -> None:
    """ "2배 증가" grew to twice: the value stays positive and the verb is not in the mention."""
    [amount] = ab.find_amounts(text)
    assert isinstance(amount, ab.ParsedAmount)
    assert (amount.value > 0, amount.unit, amount.text) == (True, "times", mention)
    assert ab.parse_amount(text) == amount


def test_two_times_increase_is_plus_two_times_spanning_only_the_multiple() -> None:
    amount = ab.parse_amount("2배 증가")
    assert (amount.value, amount.unit, amount.span, amount.text) == (D("2"), "times", (0, 2), "2배")
    assert amount.to_approx().value == ab.Q_(2, "times")


@pytest.mark.parametrize(
    "text",
    ["1920x1080", "4x4", "x86", "H100x", "0x1F", "10 x", "$10x", "2배속", "2배율", "2 배속",
     "2倍速", "翻倍", "翻了一番", "twice", "ten times", "3-fold", "8x H100",
     "8x NVIDIA A100 GPUs"],
)  # fmt: skip
def test_sizes_names_idioms_and_words_are_not_multiples(text: str) -> None:
    assert ab.find_amounts(text) == []


def test_the_multiple_of_the_seed_articles_related_line() -> None:
    found = ab.find_amounts("스마트폰 사용자 27%, AI 자주 쓴다…반년 사이 2배로")
    assert [(item.text, item.unit) for item in found] == [("27%", "percent"), ("2배", "times")]


def test_find_amounts_counts_the_seed_article() -> None:
    """56 mentions: the 45 read before multiples were, the "2배로" of a related article and
    the ten ranks of its two tables (세계 1위 ... 12위)."""
    seed = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_36fbed4ef32e43c3.txt"
    if not seed.exists():
        pytest.skip("the seed article is not in this checkout")
    found = ab.find_amounts(seed.read_text(encoding="utf-8"))
    assert len(found) == 56
    assert [item.text for item in found if item.unit == "times"] == ["2배"]
    assert len([item for item in found if item.unit == "rank"]) == 10


# --- The fast path agrees with the scanner ------------------------------------------------------


# Shapes the fast path takes since it learned equivalents in brackets and prices.
FAST_PATH_SHAPES = [
    "557만6000달러(약 80억원)",
    "100억위안(약 2조원)을 돌파",
    "100만토큰당 1위안(200원)",
    "1인당 25만원",
    "557만6000달러 (about 80억 원)",
    "1인당 25만 원정도",
    "100만 토큰당 1위안 가량",
]


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("80억 원정도", Decimal("8000000000"), "about"),
        ("1만 명가량", Decimal("10000"), "about"),
        ("1인당 25만 원정도", Decimal("250000"), "about"),
    ],
)
def test_a_qualifier_glued_to_a_spaced_counter(text: str, value: Decimal, qualifier: str) -> None:
    alone = ab.parse_amount(text)
    assert (alone.value, alone.qualifier) == (value, qualifier)
    assert alone.currency is not None or alone.unit == "person"
    assert ab.find_amounts(text) == [alone]
    [in_text] = ab.find_amounts(f"비용은 {text}로 추산된다")
    assert (in_text.text, in_text.value, in_text.currency) == (text, value, alone.currency)


@pytest.mark.parametrize(
    "text",
    [text for text, *_ in AMOUNTS]
    + FAST_PATH_SHAPES
    + [text for text, *_ in FRACTIONS]
    + [text for text, *_ in MULTIPLES],
)
def test_the_fast_path_reads_like_the_scanner(text: str) -> None:
    lang = ab.parse_amount(text).lang
    hint = currency_hint(lang, None, None)
    simple = read_simple(text, lang, hint)
    if simple is not None:
        [(scanned, _)] = scan(text, lang, hint)
        assert simple == scanned


@pytest.mark.parametrize("text", FAST_PATH_SHAPES[:4])
def test_the_new_fast_path_shapes_take_the_fast_path(text: str) -> None:
    """Pins that these shapes are read by the fast path, so the agreement test above covers it."""
    assert read_simple(text, "ko", currency_hint("ko", None, None)) is not None


@pytest.mark.parametrize("text", [text for text, *_ in FRACTIONS])
def test_fractions_are_left_to_the_scanner(text: str) -> None:
    """The fast path takes no fraction, so the scanner alone decides what "7분의 1" is."""
    lang = ab.parse_amount(text).lang
    assert read_simple(text, lang, currency_hint(lang, None, None)) is None
