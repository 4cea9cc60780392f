"""Korean and Chinese digit groups, numerals and English scales read into exact Decimals."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aibrief._reading.lexicon import WordTable
from aibrief._reading.numerals import english_scale, read_numeral, tidy

D = Decimal


@pytest.mark.parametrize(
    ("core", "value", "top_group"),
    [
        ("557만6000", D("5576000"), 4),
        ("557만6천", D("5576000"), 4),
        ("846조6875억", D("846687500000000"), 12),
        ("1.5조", D("1500000000000"), 12),
        ("102억7,600만", D("10276000000"), 8),
        ("1경", D("10000000000000000"), 16),
        ("5천", D("5000"), 0),
        ("5천5백", D("5500"), 0),
        ("1.25억", D("125000000"), 8),
        ("오천만", D("50000000"), 4),
        ("십만", D("100000"), 4),
        ("만", D("10000"), 4),
        ("삼백오십칠", D("357"), 0),
        ("일억이천만", D("120000000"), 8),
        ("五百五十七万六千", D("5576000"), 4),
        ("两千亿", D("200000000000"), 8),
        ("一万零五百", D("10500"), 4),
        ("一百零五", D("105"), 0),
        ("十二", D("12"), 0),
        ("二十", D("20"), 0),
        ("五点六亿", D("560000000"), 8),
        ("3万亿", D("3000000000000"), 12),
        ("1.2兆", D("1200000000000"), 12),
        ("壹佰萬", D("1000000"), 4),
        ("10여억", D("1000000000"), 8),
        ("1000多万", D("10000000"), 4),
        ("5,576,000", D("5576000"), 0),
        ("1,434.10", D("1434.10"), 0),
        ("0.05", D("0.05"), 0),
    ],
)
def test_read_numeral(core: str, value: Decimal, top_group: int) -> None:
    numeral = read_numeral(core)
    assert numeral is not None
    assert (numeral.value, numeral.top_group) == (value, top_group)
    assert str(numeral.value) == str(value)


@pytest.mark.parametrize(
    ("core", "value"),
    [
        # Chinese leaves out the last scale: the digit counts one step below the scale before it.
        ("一万三", D("13000")),
        ("两千四百五", D("2450")),
        ("九百九", D("990")),
        ("百三", D("130")),
        ("萬九", D("19000")),
        ("九十二万四", D("924000")),
        ("百二萬", D("1200000")),
        ("五兆六十二亿四万五千二", D("5006200045200")),
        ("三亿五", D("350000000")),
        # ... unless 零 holds the empty place, which 十 may follow without a digit.
        ("一千零三", D("1003")),
        ("一万零十二", D("10012")),
        ("一百零十万三千", D("1103000")),
        ("1千零20", D("1020")),
        ("2千零30万", D("20300000")),
        # Korean numerals are never shortened.
        ("천삼", D("1003")),
        ("일억이", D("100000002")),
        # 廿 卅 卌, the older 万万, colloquial 俩 and financial digits.
        ("卅三", D("33")),
        ("五百卅四", D("534")),
        ("一万零卌", D("10040")),
        ("四万万", D("400000000")),
        ("10万万", D("1000000000")),
        ("倆千两百贰拾二", D("2222")),
        # Decimal points in words.
        ("一百五十四点零", D("154")),
        ("九点九", D("9.9")),
        ("삼점사", D("3.4")),
        ("사천백이십삼점삼", D("4123.3")),
        ("이백점 영삼", D("200.03")),
        # 几 and 多 mark "over" and add nothing.
        ("二十几万", D("200000")),
        ("一百零几万", D("1000000")),
    ],
)
def test_numerals_as_people_write_them(core: str, value: Decimal) -> None:
    numeral = read_numeral(core)
    assert numeral is not None
    assert numeral.value == value


def test_a_point_after_a_shortened_number_is_not_read() -> None:
    """ "一千六点五" may be 1600.5 or 1006.5: neither is guessed."""
    assert read_numeral("一千六点五") is None
    assert read_numeral("五点六亿三") is None


@pytest.mark.parametrize("core", ["천천", "만억", "억억", "十十", "千百千"])
def test_scales_out_of_order_are_not_numbers(core: str) -> None:
    assert read_numeral(core) is None


def test_scaled_marks_numbers_written_with_scale_words() -> None:
    assert read_numeral("557만")[1] is True  # type: ignore[index]
    assert read_numeral("5576000")[1] is False  # type: ignore[index]


@given(st.integers(min_value=0, max_value=10**20 - 1))
def test_korean_groups_round_trip(number: int) -> None:
    """Any integer written in 만/억/조/경 groups with Arabic digits reads back exactly."""
    words, rest, text = ["경", "조", "억", "만", ""], number, ""
    for position, word in enumerate(words):
        power = 10 ** (4 * (len(words) - 1 - position))
        group, rest = divmod(rest, power)
        if group:
            text += f"{group}{word}"
    text = text or "0"
    numeral = read_numeral(text)
    assert numeral is not None
    assert numeral.value == Decimal(number)


@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=0, max_value=4))
def test_decimals_times_a_scale_are_exact(mantissa: int, places: int) -> None:
    digits = str(mantissa).rjust(places + 1, "0")
    written = f"{digits[:-places]}.{digits[-places:]}억" if places else f"{digits}억"
    numeral = read_numeral(written)
    assert numeral is not None
    assert numeral.value == Decimal(mantissa) * 10**8 / 10**places


def test_english_scales() -> None:
    assert [english_scale(word) for word in ("thousand", "M", "million", "bn", "B", "trillion")] == [
        3, 6, 6, 9, 9, 12,
    ]  # fmt: skip


def test_tidy_only_drops_zeros_a_scale_left() -> None:
    assert str(tidy(D("5576000.000"))) == "5576000"
    assert str(tidy(D("5.6"))) == "5.6"


def test_word_table_prefers_the_longest_word_and_respects_word_boundaries() -> None:
    table = WordTable({"위": "rank", "위안": "CNY", "up": "+", "up to": "up_to", "약": "about"})
    assert table.match("1위안", 1) == ("CNY", 3)
    assert table.match("Up to 5", 0) == ("up_to", 5)
    assert table.match("upward", 0) is None
    assert table.match("cup", 1) is None
    starts = WordTable({"약": "about"}, word_start=True)
    assert starts.match("만약", 1) is None
    assert starts.match("약 80억원", 0) == ("about", 1)
