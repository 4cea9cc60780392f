"""A change with a direction and a qualifier gives the interval the words mean, in all three
languages: "5% 이상 하락" is a change of at most -5%, "fell less than 5%" one between -5% and 0."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import aibrief as ab

D = Decimal
T = D("0.05")  # the tolerance of "about" and "nearly"
INF = None

# How each language writes a qualifier and the two directions around "{m}%".
KO_QUALIFIERS = {"exact": "{m}%", "about": "약 {m}%", "nearly": "{m}% 가까이", "over": "{m}% 초과",
                 "at_least": "{m}% 이상", "under": "{m}% 미만", "up_to": "{m}% 이하"}  # fmt: skip
ZH_QUALIFIERS = {"exact": "{m}%", "about": "约{m}%", "nearly": "近{m}%", "over": "超过{m}%",
                 "at_least": "至少{m}%", "under": "不到{m}%", "up_to": "最多{m}%"}  # fmt: skip
EN_QUALIFIERS = {"exact": "{m}%", "about": "about {m}%", "nearly": "nearly {m}%",
                 "over": "more than {m}%", "at_least": "at least {m}%",
                 "under": "less than {m}%", "up_to": "up to {m}%"}  # fmt: skip


def phrase(lang: str, qualifier: str, direction: int, m: Decimal) -> str:
    if lang == "ko":
        return KO_QUALIFIERS[qualifier].format(m=m) + (" 상승" if direction > 0 else " 하락")
    if lang == "zh":
        return ("上涨" if direction > 0 else "下跌") + ZH_QUALIFIERS[qualifier].format(m=m)
    return ("rose " if direction > 0 else "fell ") + EN_QUALIFIERS[qualifier].format(m=m)


def expected(qualifier: str, direction: int, m: Decimal) -> tuple[Any, Any, bool, bool]:
    """(low, high, low open, high open) of the change the words state; None is unbounded."""
    up = direction > 0
    signed = m if up else -m
    intervals: dict[str, tuple[Any, Any, bool, bool]] = {
        "exact": (signed, signed, False, False),
        "about": (signed - m * T, signed + m * T, False, False),
        "nearly": (m * (1 - T), m, False, False) if up else (-m, -m * (1 - T), False, False),
        "over": (m, INF, True, False) if up else (INF, -m, False, True),
        "at_least": (m, INF, False, False) if up else (INF, -m, False, False),
        "under": (D(0), m, True, True) if up else (-m, D(0), True, True),
        "up_to": (D(0), m, True, False) if up else (-m, D(0), False, True),
    }
    return intervals[qualifier]


def magnitude(value: Any) -> Decimal | None:
    return None if value is None else Decimal(value.magnitude)


@settings(deadline=None)  # the first call builds pint's registry
@given(
    m=st.builds(
        lambda units, places: D(units).scaleb(-places), st.integers(1, 10**5), st.integers(0, 2)
    ),
    qualifier=st.sampled_from(sorted(KO_QUALIFIERS)),
    direction=st.sampled_from([1, -1]),
    lang=st.sampled_from(["ko", "zh", "en"]),
)
def test_every_qualifier_and_direction_gives_the_interval_the_words_mean(
    m: Decimal, qualifier: str, direction: int, lang: str
) -> None:
    text = phrase(lang, qualifier, direction, m)
    parsed = ab.parse_amount(text)
    assert parsed.direction == ("up" if direction > 0 else "down"), text
    approx = parsed.to_approx()
    low, high, low_open, high_open = expected(qualifier, direction, m)
    got = (magnitude(approx.low), magnitude(approx.high), approx.low_open, approx.high_open)
    assert got == (low, high, low_open, high_open), text
    assert approx.contains(ab.Q_(m if direction > 0 else -m, "percent")) == (
        qualifier not in ("over", "under")
    ), text


@pytest.mark.parametrize(
    ("text", "inside", "outside"),
    [
        ("5% 이상 하락", ["-5", "-8", "-50"], ["-4.9", "0", "8"]),
        ("10% 가까이 급락", ["-10", "-9.6"], ["-11", "-9", "10"]),
        ("fell more than 5%", ["-5.1", "-30"], ["-5", "0", "5"]),
        ("fell less than 5%", ["-4.9", "-0.1"], ["-5", "0", "3", "-8"]),
        ("rose up to 5%", ["5", "0.1"], ["5.1", "0", "-1"]),
        ("下跌超过5%", ["-6"], ["-5", "6"]),
    ],
)
def test_contains_answers_as_a_reader_would(
    text: str, inside: list[str], outside: list[str]
) -> None:
    approx = ab.parse_amount(text).to_approx()
    assert all(approx.contains(ab.Q_(D(v), "percent")) for v in inside)
    assert not any(approx.contains(ab.Q_(D(v), "percent")) for v in outside)


def test_a_minus_sign_is_no_direction() -> None:
    """ "-5% 이상" is at least -5%: only a verb turns the bound round."""
    parsed = ab.parse_amount("-5% 이상")
    assert (parsed.value, parsed.qualifier, parsed.direction) == (D("-5"), "at_least", None)


@pytest.mark.parametrize(
    ("text", "low", "high", "low_open", "high_open", "currency"),
    [
        ("20억~50억 달러", D("2e9"), D("5e9"), False, False, "USD"),
        ("2조에서 3조 달러", D("2e12"), D("3e12"), False, False, "USD"),
        ("between $2 and $3 billion", D("2e9"), D("3e9"), False, False, "USD"),
        ("between 10 and 20 dollars", D("10"), D("20"), False, False, "USD"),
        ("from 10 dollars to 20 dollars", D("10"), D("20"), False, False, "USD"),
        ("10달러 - 20달러", D("10"), D("20"), False, False, "USD"),
        ("25000 - 30000원", D("25000"), D("30000"), False, False, "KRW"),
        ("五块六到五块七毛八", D("5.6"), D("5.78"), False, False, "CNY"),
        ("20과 30 사이", D("20"), D("30"), False, False, None),
        ("20부터 100까지", D("20"), D("100"), False, False, None),
        ("천에서 천오백", D("1000"), D("1500"), False, False, None),
        ("마이너스 십과 십오 사이", D("-10"), D("15"), False, False, None),
        ("100 이상 300 이하", D("100"), D("300"), False, False, None),
        ("이십 초과 삼십오 이하", D("20"), D("35"), True, False, None),
        ("10초과, 20 미만", D("10"), D("20"), True, True, None),
        ("50 이하, 20 이상", D("20"), D("50"), False, False, None),
        ("10보다 크고 20보다 작다", D("10"), D("20"), True, True, None),
        ("백보다 크거나 같고, 삼백보다는 작거나 같다", D("100"), D("300"), False, False, None),
        ("스물보다 크고 서른다섯보다 작거나 같다", D("20"), D("35"), True, False, None),
    ],
)
def test_ranges_share_their_unit_and_bounds_close_an_interval(
    text: str, low: Decimal, high: Decimal, low_open: bool, high_open: bool, currency: str | None
) -> None:
    [found] = ab.find_amounts(text)
    assert isinstance(found, ab.ParsedAmount)
    assert (found.qualifier, found.low, found.high) == ("range", low, high), found
    assert (found.low_open, found.high_open, found.currency) == (low_open, high_open, currency)


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [("10보다 크다", "over"), ("5000 보다 크거나 같다", "at_least"), ("170 보다 작다", "under"),
     ("30보다 작거나 같다", "up_to"), ("5000과 같거나 많다", "at_least"),
     ("500 또는 그 미만", "up_to"), ("200이거나 그보다 크다", "at_least"), ("170 밑", "under"),
     ("3000을 초과하는", "over"), ("오백 이상", "at_least")],
)  # fmt: skip
def test_korean_comparisons_are_qualifiers(text: str, qualifier: str) -> None:
    [found] = ab.find_amounts(text)
    assert isinstance(found, ab.ParsedAmount)
    assert found.qualifier == qualifier


@pytest.mark.parametrize(
    "text", ["매출이 100억에서 200억으로 늘었다", "rose from 10% to 20%", "3백과 2백"]
)
def test_a_change_from_one_figure_to_another_is_no_range(text: str) -> None:
    assert all(item.qualifier != "range" for item in ab.find_amounts(text))
