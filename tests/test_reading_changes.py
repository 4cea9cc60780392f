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
