"""format_amount writes exact text in each style and language, and never loses a digit."""

from __future__ import annotations

import decimal
import re
from decimal import Decimal
from typing import Any

import pytest
from babel import Locale
from hypothesis import given
from hypothesis import strategies as st

import aibrief as ab
from aibrief._units.registry import Q_

M = ab.Money


def about(value: Any) -> ab.Approx[Any]:
    return ab.Approx(value, "about")


def span(low: Any, high: Any) -> ab.Approx[Any]:
    return ab.Approx(low, "range", low=low, high=high)


NEWS_CASES: list[tuple[object, str, str]] = [
    # Korean: groups of 10^4, no commas, currency word attached
    (M("5576000", "USD"), "ko", "557만6000달러"),
    (M("8000000000", "KRW"), "ko", "80억원"),
    (M("1500000000000", "KRW"), "ko", "1조5000억원"),
    (M("12000", "KRW"), "ko", "1만2000원"),
    (M("5000", "JPY"), "ko", "5000엔"),
    (M("30000000000", "CNY"), "ko", "300억위안"),
    (M("1.5", "EUR"), "ko", "1.5유로"),
    (M("12345.67", "USD"), "ko", "1만2345.67달러"),
    (M("10000.5", "USD"), "ko", "1.00005만달러"),
    (M("20000000000000000", "KRW"), "ko", "2경원"),
    (M("123450000000000000000", "KRW"), "ko", "12345경원"),
    (M("-8000000000", "KRW"), "ko", "-80억원"),
    (M("5576000", "CHF"), "ko", "557만6000 스위스 프랑"),
    (about(M("8000000000", "KRW")), "ko", "약 80억원"),
    (ab.Approx(Q_(10000, "item"), "at_least"), "ko", "1만개 이상"),
    (ab.Approx(Q_(411000, "person"), "over"), "ko", "41만1000여 명"),
    (ab.Approx(M("10000000000", "KRW"), "over"), "ko", "100억여 원"),
    (ab.Approx(Q_(20000, "gpu"), "nearly"), "ko", "2만장 가까이"),
    (ab.Approx(M("1000000", "USD"), "under"), "ko", "100만달러 미만"),
    (ab.Approx(Q_(12000, "person"), "up_to"), "ko", "최대 1만2000명"),
    (span(M("1000000000", "USD"), M("2000000000", "USD")), "ko", "10억~20억달러"),
    (span(M("1", "USD"), M("10000", "USD")), "ko", "1달러~1만달러"),
    (Q_(-17, "percent"), "ko", "-17%"),
    (Q_("2.5", "percentage_point"), "ko", "2.5%포인트"),
    (Q_(25, "basis_point"), "ko", "25bp"),
    (Q_(70000000000, "parameter"), "ko", "700억 파라미터"),
    (Q_("0.000002", "CNY / token"), "ko", "100만 토큰당 2위안"),
    (Decimal("-411000"), "ko", "-41만1000"),
    # Chinese: one unit and a decimal
    (M("5576000", "USD"), "zh", "557.6万美元"),
    (M("10000000000", "CNY"), "zh", "100亿元"),
    (M("1200000000000", "CNY"), "zh_Hans_CN", "1.2万亿元"),
    (M("5000", "EUR"), "zh", "5000欧元"),
    (M("-3000000", "JPY"), "zh", "-300万日元"),
    (about(M("8000000000", "KRW")), "zh", "约80亿韩元"),
    (ab.Approx(Q_(10000, "gpu"), "over"), "zh", "逾1万块GPU"),
    (ab.Approx(Q_(5000, "person"), "under"), "zh", "不到5000人"),
    (span(M("1000000000", "USD"), M("2000000000", "USD")), "zh", "10亿至20亿美元"),
    (span(M("5", "KRW"), M("10000", "KRW")), "zh", "5韩元至1万韩元"),
    (Q_(3, "percentage_point"), "zh", "3个百分点"),
    (Q_("0.000002", "CNY / token"), "zh", "2元/百万token"),
    (M("5576000", "USD"), "zh_Hant", "557.6萬美元"),
    (M("1200000000000", "TWD"), "zh_TW", "1.2兆元"),
    # English: million, billion, trillion; symbols only where unambiguous
    (M("5576000", "USD"), "en", "$5.576 million"),
    (about(M("8000000000", "KRW")), "en", "about ₩8 billion"),
    (ab.Approx(Decimal(10000), "over"), "en", "more than 10,000"),
    (M("10000000000", "CNY"), "en", "10 billion yuan"),
    (M("300000", "JPY"), "en", "300,000 yen"),
    (M("1500000000000", "EUR"), "en_US", "€1.5 trillion"),
    (M("2500000000000000", "USD"), "en", "$2,500 trillion"),
    (M("-5576000", "USD"), "en", "-$5.576 million"),
    (M("1", "CHF"), "en", "1 Swiss franc"),
    (M("5576000", "CHF"), "en", "5.576 million Swiss francs"),
    (ab.Approx(Q_(10000, "gpu"), "at_least"), "en", "at least 10,000 GPUs"),
    (Q_(1, "person"), "en", "1 person"),
    (ab.Approx(M("100000000", "USD"), "up_to"), "en", "up to $100 million"),
    (span(M("1000000000", "USD"), M("2000000000", "USD")), "en", "$1 billion to $2 billion"),
    (Q_(-17, "percent"), "en", "-17%"),
    (Q_(1, "percentage_point"), "en", "1 percentage point"),
    (Q_("0.00000014", "USD / token"), "en", "$0.14 per million tokens"),
    (Q_("2", "USD / gpu"), "en", "$2 per GPU"),
    # Multiples: 배, 倍 and a glued x; English writes the digits in full ("1.5 millionx" would
    # not read back)
    (Q_(2, "times"), "ko", "2배"),
    (Q_("1.5", "times"), "ko", "1.5배"),
    (ab.Approx(Q_(2, "times"), "over"), "ko", "2배 초과"),
    (ab.Approx(Q_(10, "times"), "at_least"), "ko", "10배 이상"),
    (Q_(2, "times"), "zh", "2倍"),
    (ab.Approx(Q_(3, "times"), "about"), "zh_Hant", "約3倍"),
    (Q_(2, "times"), "en", "2x"),
    (ab.Approx(Q_(10, "times"), "about"), "en", "about 10x"),
    (Q_(1500000, "times"), "en", "1,500,000x"),
]


@pytest.mark.parametrize(("value", "locale", "expected"), NEWS_CASES)
def test_news_style_writes_as_newspapers_do(value: object, locale: str, expected: str) -> None:
    assert ab.format_amount(value, locale=locale, style="news") == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (M("8000000000", "KRW"), "80억 원"),
        (M("5576000", "USD"), "557만 6000 달러"),
        (Q_(12000, "person"), "1만 2000 명"),
        (ab.Approx(Q_(411000, "person"), "over"), "41만 1000여 명"),
        (Q_(-17, "percent"), "-17%"),
    ],
)
def test_korean_standard_spacing_follows_the_national_institute(
    value: object, expected: str
) -> None:
    assert ab.format_amount(value, locale="ko", style="news", spacing="standard") == expected


STANDARD_CASES: list[tuple[object, str, str]] = [
    (M("5576000", "USD"), "en_US", "$5,576,000.00"),
    (M("5576000.5", "USD"), "ko", "US$5,576,000.50"),
    (M("8000000000", "KRW"), "ko_KR", "₩8,000,000,000"),
    (M("1.234", "USD"), "en", "$1.234"),
    (M("1.5", "KRW"), "ko", "₩1.5"),
    (M("-1.5", "EUR"), "de", "-1,50\xa0€"),
    (M("100", "CNY"), "zh", "¥100.00"),
    (Decimal("-12345.678901"), "en", "-12,345.678901"),
    (Q_(-17, "percent"), "de", "-17\xa0%"),
    (Q_("5.6", "percent"), "en", "5.6%"),
    (Q_(12000, "person"), "ko", "12,000명"),
    (Q_(2, "times"), "ko", "2배"),
    (Q_("2.5", "times"), "zh", "2.5倍"),
    (Q_(1500000, "times"), "en", "1,500,000x"),
    (about(M("5", "USD")), "en", "about $5.00"),
    (about(M("8000000000", "KRW")), "ko", "약 ₩8,000,000,000"),
]


@pytest.mark.parametrize(("value", "locale", "expected"), STANDARD_CASES)
def test_standard_style_is_babels_format_at_full_precision(
    value: object, locale: str, expected: str
) -> None:
    assert ab.format_amount(value, locale=locale) == expected


COMPACT_CASES: list[tuple[object, str, str]] = [
    (M("1200000000000", "KRW"), "ko", "₩1.2조"),
    (M("1000000000000", "KRW"), "ko", "₩1조"),
    (M("5576000", "USD"), "en", "$5.576M"),
    (M("1234567", "USD"), "en", "$1.234567M"),
    (M("-1234567", "USD"), "en", "-$1.234567M"),
    (M("5.5", "USD"), "en", "$5.5"),
    (M("5576000", "USD"), "zh", "US$557.6万"),
    (Decimal("999999"), "en", "999.999K"),
    (Q_(10000, "gpu"), "en", "10K GPUs"),
    (Q_(1500000, "times"), "ko", "150만배"),
    (Q_(1500000, "times"), "en", "1,500,000x"),
    (ab.Approx(M("8000000000", "KRW"), "at_least"), "ko", "₩80억 이상"),
]


@pytest.mark.parametrize(("value", "locale", "expected"), COMPACT_CASES)
def test_compact_style_keeps_every_digit(value: object, locale: str, expected: str) -> None:
    assert ab.format_amount(value, locale=locale, style="compact") == expected


def test_locale_may_be_a_babel_locale_or_a_dashed_tag() -> None:
    money = M("5576000", "USD")
    assert ab.format_amount(money, locale=Locale.parse("ko_KR"), style="news") == "557만6000달러"
    assert ab.format_amount(money, locale="zh-Hant-TW", style="news") == "557.6萬美元"


def test_ints_are_plain_numbers() -> None:
    assert ab.format_amount(41_1000, locale="ko", style="news") == "41만1000"


def test_the_callers_decimal_context_changes_nothing() -> None:
    money = M("123456789012345678.91", "USD")
    with decimal.localcontext() as context:
        context.prec = 3
        assert ab.format_amount(money, locale="en") == "$123,456,789,012,345,678.91"
        assert ab.format_amount(money, locale="en", style="compact") == "$123456.78901234567891T"
        assert ab.format_amount(money, locale="ko", style="news") == (
            "12경3456조7890억1234만5678.91달러"
        )


# --- Errors ---------------------------------------------------------------------------------------


WON = ab.Money("7985223855.650522317188983855650522", "KRW")  # 5,576,000 USD on 2025-01-27
ROUND_RAISE = ab.Money("558123456", "USD")


@pytest.mark.parametrize(
    ("value", "locale", "significant", "expected"),
    [
        (WON, "ko", 2, "약 80억원"),
        (WON, "zh", 2, "约80亿韩元"),
        (WON, "en", 2, "about ₩8 billion"),
        (WON, "ko", 3, "약 79억9000만원"),
        (WON, "en", 3, "about ₩7.99 billion"),
        (ROUND_RAISE, "ko", 3, "약 5억5800만달러"),
        (ROUND_RAISE, "zh", 3, "约5.58亿美元"),
        (ROUND_RAISE, "zh_Hant", 3, "約5.58億美元"),
        (ROUND_RAISE, "en", 3, "about $558 million"),
        # Unchanged by the rounding, so not marked.
        (ab.Money("8000000000", "KRW"), "ko", 2, "80억원"),
        (ab.Money("5576000", "USD"), "en", 4, "$5.576 million"),
        # Already approximate: the qualifier stays.
        (ab.Approx(WON, "about"), "ko", 2, "약 80억원"),
        (ab.Approx(WON, "nearly"), "zh", 2, "近80亿韩元"),
        # Bounds are rounded the way that keeps the statement true.
        (ab.Approx(ab.Q_(10432, "gpu"), "over"), "ko", 2, "1만여 장"),
        (ab.Approx(ab.Q_(10432, "gpu"), "at_least"), "en", 2, "at least 10,000 GPUs"),
        (ab.Approx(ab.Money(10432, "USD"), "under"), "en", 2, "under $11,000"),
        (ab.Approx(ab.Money(10432, "USD"), "up_to"), "ko", 2, "최대 1만1000달러"),
        (
            ab.Approx(
                ab.Money(15, "USD"),
                "range",
                low=ab.Money("12.3", "USD"),
                high=ab.Money("17.8", "USD"),
            ),
            "en",
            2,
            "$12 to $18",
        ),
        (ab.Q_("5.678", "percent"), "ko", 2, "약 5.7%"),
        (Decimal("1234.5"), "en", 2, "about 1,200"),
    ],
)
def test_significant_digits_round_as_newspapers_do(
    value: object, locale: str, significant: int, expected: str
) -> None:
    assert ab.format_amount(value, locale=locale, style="news", significant=significant) == expected


def test_qualify_false_leaves_the_mark_out() -> None:
    assert (
        ab.format_amount(WON, locale="ko", style="news", significant=2, qualify=False) == "80억원"
    )
    assert ab.format_amount(WON, locale="en_US", significant=2, qualify=False) == "₩8,000,000,000"


def test_babel_styles_round_and_mark_too() -> None:
    assert ab.format_amount(ROUND_RAISE, locale="en_US", significant=3) == "about $558,000,000.00"
    assert (
        ab.format_amount(ROUND_RAISE, locale="ko", style="compact", significant=3) == "약 US$5.58억"
    )


def test_a_mark_in_a_language_without_words_says_how_to_leave_it_out() -> None:
    with pytest.raises(ab.FormatError, match="pass qualify=False") as info:
        ab.format_amount(ROUND_RAISE, locale="de", significant=3)
    assert (info.value.locale, info.value.style) == ("de", "standard")
    assert (
        ab.format_amount(ROUND_RAISE, locale="de", significant=3, qualify=False)
        == "558.000.000,00\xa0$"
    )


@pytest.mark.parametrize("significant", [0, -2, True])
def test_bad_significant_digits_are_named(significant: int) -> None:
    with pytest.raises(ab.InvalidArgumentError, match=f"significant={significant!r}"):
        ab.format_amount(WON, locale="ko", style="news", significant=significant)


def test_news_style_in_another_language_raises() -> None:
    with pytest.raises(ab.FormatError) as caught:
        ab.format_amount(M("1", "USD"), locale="de", style="news")
    assert (caught.value.locale, caught.value.style) == ("de", "news")
    assert isinstance(caught.value, ValueError)


def test_qualifier_without_words_raises() -> None:
    with pytest.raises(ab.FormatError, match="qualifier 'about'"):
        ab.format_amount(about(M("1", "USD")), locale="fr")


def test_unit_without_a_written_form_raises() -> None:
    with pytest.raises(ab.FormatError, match="'second'"):
        ab.format_amount(Q_(3, "second"), locale="en", style="news")


@pytest.mark.parametrize("value", [0.5, "5", True, None])
def test_non_amounts_raise_amount_type_error(value: object) -> None:
    with pytest.raises(ab.AmountTypeError):
        ab.format_amount(value, locale="en")


@pytest.mark.parametrize("locale", ["xx", "", None, 3, ["ko"]])
def test_a_locale_is_required_and_checked(locale: object) -> None:
    with pytest.raises(ab.InvalidArgumentError) as caught:
        ab.format_amount(M("1", "USD"), locale=locale)  # type: ignore[arg-type]
    assert caught.value.name == "locale"


@pytest.mark.parametrize(("option", "value"), [("style", "fancy"), ("spacing", "tight")])
def test_unknown_options_raise(option: str, value: str) -> None:
    with pytest.raises(ab.InvalidArgumentError, match=value):
        ab.format_amount(M("1", "USD"), locale="ko", **{"style": "news", option: value})  # type: ignore[arg-type]


# --- Properties: the number in news text is exactly the amount -----------------------------------

# Up to 23 integer digits and 6 decimals, trailing zeros included.
AMOUNTS: st.SearchStrategy[Decimal] = st.builds(
    lambda units, places: Decimal(units).scaleb(-places),
    st.integers(-(10**28), 10**28),
    st.integers(0, 6),
)

_KO_GROUP = {"경": 16, "조": 12, "억": 8, "만": 4}


def read_korean(text: str) -> Decimal:
    sign, body = (-1, text[1:]) if text.startswith("-") else (1, text)
    total = Decimal(0)
    for digits, group in re.findall(r"([0-9.]+)([경조억만]?)", body):
        total += Decimal(digits).scaleb(_KO_GROUP.get(group, 0))
    return total * sign


def read_chinese(text: str) -> Decimal:
    units = {"万亿": 12, "亿": 8, "万": 4, "": 0}
    match = re.fullmatch(r"(-?[0-9.]+)(万亿|亿|万|)", text)
    assert match, text
    return Decimal(match[1]).scaleb(units[match[2]])


def read_english(text: str) -> Decimal:
    scales = {"trillion": 12, "billion": 9, "million": 6, "": 0}
    match = re.fullmatch(r"(-?[0-9,.]+) ?(trillion|billion|million|)", text)
    assert match, text
    return Decimal(match[1].replace(",", "")).scaleb(scales[match[2]])


@given(AMOUNTS)
def test_news_numbers_are_lossless_in_every_language(amount: Decimal) -> None:
    with decimal.localcontext() as context:
        context.prec = 60
        assert read_korean(ab.format_amount(amount, locale="ko", style="news")) == amount
        assert read_chinese(ab.format_amount(amount, locale="zh", style="news")) == amount
        assert read_english(ab.format_amount(amount, locale="en", style="news")) == amount


@given(AMOUNTS)
def test_korean_groups_have_no_commas_and_at_most_four_digits(amount: Decimal) -> None:
    text = ab.format_amount(amount.copy_abs(), locale="ko", style="news")
    assert "," not in text
    for digits in re.findall(r"([0-9]+)[조억만]", text)[1:]:
        assert len(digits) <= 4
