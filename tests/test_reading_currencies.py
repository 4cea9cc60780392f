"""Currencies read by their CLDR names and symbols, shared signs resolved by hints, and the
format-then-parse round trip for every currency babel knows."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from babel.core import get_global
from hypothesis import given, settings
from hypothesis import strategies as st

import aibrief as ab
from aibrief._core.data import read_data
from aibrief._reading.cldr import build_table

D = Decimal
ALL_CODES = sorted(get_global("all_currencies"))
LOCALES = ["ko", "zh_CN", "zh_Hant_TW", "zh_Hant", "en"]
STYLES: list[ab.Style] = ["standard", "compact", "news"]


def test_the_shipped_table_is_what_babel_says() -> None:
    """Run scripts/build_currency_names.py after upgrading babel if this fails."""
    assert json.loads(read_data("currency_names.json")) == build_table()


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("locale", LOCALES)
def test_every_currency_reads_back_in_its_locale(locale: str, style: ab.Style) -> None:
    """format_amount then parse_amount with the same locale is exact for all ~300 codes."""
    for code in ALL_CODES:
        for amount in ("80.33", "-1234567.891"):
            money = ab.Money(amount, code)
            text = ab.format_amount(money, locale=locale, style=style)
            parsed = ab.parse_amount(text, locale=locale)
            assert (parsed.value, parsed.currency) == (money.amount, code), text


@settings(max_examples=150, deadline=None)
@given(
    amount=st.builds(
        lambda units, places: Decimal(units).scaleb(-places),
        st.integers(-(10**20), 10**20),
        st.integers(0, 4),
    ),
    code=st.sampled_from(ALL_CODES),
    locale=st.sampled_from(LOCALES),
    style=st.sampled_from(STYLES),
)
def test_any_amount_of_any_currency_reads_back(
    amount: Decimal, code: str, locale: str, style: ab.Style
) -> None:
    text = ab.format_amount(ab.Money(amount, code), locale=locale, style=style)
    parsed = ab.parse_amount(text, locale=locale)
    assert (parsed.value, parsed.currency) == (amount, code), text


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("벌금 1만 스위스 프랑", D("10000"), "CHF"),
        ("4억 2천만 핀란드 마르카", D("420000000"), "FIM"),
        ("1.34 캐나다 달러", D("1.34"), "CAD"),
        ("100억 미국 달러", D("10000000000"), "USD"),
        ("10만 키프", D("100000"), "LAK"),
        ("兑换1.0092瑞士法郎", D("1.0092"), "CHF"),
        ("445尼日利亚奈拉", D("445"), "NGN"),
        ("10,000 swiss francs", D("10000"), "CHF"),
        ("125 million australian dollars", D("125000000"), "AUD"),
        ("20 ringgit", D("20"), "MYR"),
        ("42 KWD", D("42"), "KWD"),
        ("10MNT", D("10"), "MNT"),
        ("CHF 3.04", D("3.04"), "CHF"),
        ("UAH 3.04", D("3.04"), "UAH"),
        ("c $ 16.4 million", D("16400000"), "CAD"),
        ("hk $ 10.05 billion", D("10050000000"), "HKD"),
        ("Mex$ 10 million", D("10000000"), "MXN"),
        ("20€", D("20"), "EUR"),
        ("100 ₫", D("100"), "VND"),
        ("300美圆", D("300"), "USD"),
        ("십불", D("10"), "USD"),
    ],
)
def test_currencies_by_their_cldr_names_codes_and_symbols(
    text: str, value: Decimal, currency: str
) -> None:
    [found] = ab.find_amounts(text)
    assert isinstance(found, ab.ParsedAmount)
    assert (found.value, found.currency) == (value, currency)


@pytest.mark.parametrize(
    ("text", "options"),
    [
        (
            "5억 2천 8백만 프랑",
            ("BIF", "CDF", "CHF", "DJF", "GNF", "KMF", "RWF", "XAF", "XOF", "XPF"),
        ),
        ("10만 루피", ("INR", "LKR", "MUR", "NPR", "PKR", "SCR")),
        (
            "20 billion francs",
            ("BIF", "CDF", "CHF", "DJF", "GNF", "KMF", "RWF", "XAF", "XOF", "XPF"),
        ),
        ("¥80.33", ("CNY", "JPY")),
    ],
)
def test_a_word_several_currencies_share_stays_ambiguous(
    text: str, options: tuple[str, ...]
) -> None:
    [found] = ab.find_amounts(text)
    assert isinstance(found, ab.ParsedAmount)
    assert (found.currency, found.currency_options) == (None, options)
    with pytest.raises(ab.ParseError) as caught:
        found.to_approx()
    assert caught.value.reason == "ambiguous"
    assert "locale=" in str(caught.value)


@pytest.mark.parametrize(
    ("text", "locale", "currency"),
    [
        ("¥80.33", "zh_CN", "CNY"),
        ("¥80.33", "ja", "JPY"),
        ("¥80.33", "zh_Hant_TW", "JPY"),  # CLDR's zh_Hant writes yen as ¥ and yuan as CN¥
        ("$80.33", "zh_Hant_TW", "TWD"),
        ("80.33元", "zh_Hant_TW", "TWD"),
        ("80.33元", "zh_CN", "CNY"),
        ("80.33元", "zh_Hant_HK", "HKD"),
        ("$80.33", "en_AU", "AUD"),
        ("80 dollars", "en_CA", "CAD"),
        ("80 dollars", "en", "USD"),
        ("80달러", "ko", "USD"),
        ("10만 루피", "en_IN", "INR"),
    ],
)
def test_a_locale_hint_resolves_shared_signs(text: str, locale: str, currency: str) -> None:
    assert ab.parse_amount(text, locale=locale).currency == currency


@pytest.mark.parametrize(
    ("text", "currency"),
    [("价格为¥100", "CNY"), ("¥100 billion", "JPY"), ("$5", "USD"), ("80달러", "USD"),
     ("100元", "CNY"), ("361 million pounds", "GBP"), ("42 bucks", "USD")],
)  # fmt: skip
def test_the_language_of_the_text_or_the_news_convention_resolves_the_rest(
    text: str, currency: str
) -> None:
    assert ab.parse_amount(text).currency == currency


def test_a_default_currency_is_the_currency_of_bare_figures_only() -> None:
    found = ab.find_amounts("삼성전자 영업이익 700억, 매출 17% 증가", default_currency="KRW")
    assert [(item.text, item.currency, item.unit) for item in found] == [
        ("700억", "KRW", None),
        ("17% 증가", None, "percent"),
    ]
    assert ab.find_amounts("영업이익 700억")[0].currency is None
    assert ab.parse_amount("¥100", default_currency="JPY").currency == "JPY"
    assert ab.parse_amount("7분의 1", default_currency="KRW").currency is None


@pytest.mark.parametrize(
    "text",
    ["ALL 5 solutions are wrong.", "All 70 of us.", "AMD 3%", "TOP 10", "5 조지아 사람",
     "80.33百慕大", "Silica gel is used", "exactly dollars"],
)  # fmt: skip
def test_codes_and_names_that_are_words_are_no_money(text: str) -> None:
    assert [item.currency for item in ab.find_amounts(text) if item.currency] == []


def test_bad_hints_raise_typed_errors() -> None:
    with pytest.raises(ab.InvalidArgumentError) as caught:
        ab.parse_amount("$5", locale="xx_YY_ZZ")
    assert caught.value.name == "locale"
    with pytest.raises(ab.UnknownCurrencyError):
        ab.parse_amount("$5", default_currency="WON")


@pytest.mark.parametrize(
    ("text", "mention", "value", "currency"),
    [
        ("it cost 50 cents", "50 cents", D("0.5"), None),  # cents of no named currency
        ("a 12-cent dividend", "12-cent", D("0.12"), None),
        ("470 pence a share", "470 pence", D("4.7"), "GBP"),
        ("20 dollars 43 cents", "20 dollars 43 cents", D("20.43"), "USD"),
        ("$20 and 43c", "$20 and 43c", D("20.43"), "USD"),
        ("thirteen dollars and forty-five cents", "thirteen dollars and forty-five cents",
         D("13.45"), "USD"),
        ("3 GBP 1 pence", "3 GBP 1 pence", D("3.01"), "GBP"),
        ("20 ringgit and 43 sen", "20 ringgit and 43 sen", D("20.43"), "MYR"),
        ("1달러 20센트", "1달러 20센트", D("1.2"), "USD"),
        ("64.2 센트", "64.2 센트", D("0.642"), None),
        ("两美元又三美分", "两美元又三美分", D("2.03"), "USD"),
        ("五元三毛", "五元三毛", D("5.3"), "CNY"),
        ("一块二", "一块二", D("1.2"), "CNY"),
        ("三块零四", "三块零四", D("3.04"), "CNY"),
        ("两毛五", "两毛五", D("0.25"), "CNY"),
        ("两角五分", "两角五分", D("0.25"), "CNY"),
        ("花了一块钱", "一块钱", D("1"), "CNY"),
        ("10日元5日本銭", "10日元5日本銭", D("10.05"), "JPY"),
    ],
)  # fmt: skip
def test_minor_units_alone_and_after_the_major_unit(
    text: str, mention: str, value: Decimal, currency: str | None
) -> None:
    [found] = ab.find_amounts(text)
    assert isinstance(found, ab.ParsedAmount)
    assert (found.text, found.value, found.currency) == (mention, value, currency)


def test_cents_take_the_default_currency() -> None:
    assert ab.parse_amount("50 cents", default_currency="USD").currency == "USD"


@pytest.mark.parametrize(
    "text", ["三角形的面积", "三毛的书", "得7分", "5分钟", "20 dollars 143 cents"]
)
def test_minor_units_that_are_words_or_too_many(text: str) -> None:
    assert [item.value for item in ab.find_amounts(text) if item.value < 1] == []


def test_a_currency_whose_cldr_symbol_is_another_code_is_written_with_its_own() -> None:
    """CLDR's Simplified Chinese symbol for the old shekel (ILR) is "ILS", today's shekel:
    format_amount writes "ILR", so the amount reads back as the currency it is."""
    money = ab.Money("80.33", "ILR")
    assert ab.format_amount(money, locale="zh_CN", style="standard") == "ILR80.33"
    assert ab.parse_amount("ILR80.33", locale="zh_CN").currency == "ILR"
