"""What format_amount writes, parse_amount reads back to the same value (issue 5, item 4).

``parse_amount(format_amount(x, locale=L, style=S)).to_approx()`` has the value, currency or
unit and qualifier of ``x`` for every pair of locale and style in :data:`LOSSLESS`: the three
styles in Korean, Chinese (both scripts) and English, over random signed amounts, the
currencies USD, CNY, KRW, JPY and EUR, counts, ratios, multiples, prices, ranges and every
qualifier.

One pair is lossy by babel's data, not by aibrief's choice: in Traditional Chinese, babel's
standard and compact formats write yen as a bare "¥", which a Chinese reader takes for yuan
(:func:`lossy` leaves it out). News style names the currency in words and has no such gap.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import aibrief as ab
from aibrief._units.registry import Q_

#: (locale, style, the ``lang`` the parser is told): every pair format_amount writes with words.
LOSSLESS: list[tuple[str, ab.Style, str]] = [
    (locale, style, lang)
    for locale, lang in [("ko", "ko"), ("zh", "zh"), ("zh_Hant", "zh"), ("en", "en")]
    for style in ("news", "standard", "compact")
]

CURRENCIES = ["USD", "CNY", "KRW", "JPY", "EUR"]
QUALIFIERS = ["exact", "about", "over", "at_least", "nearly", "under", "up_to"]
COUNTS = ["person", "item", "gpu", "token", "parameter", "share"]
RATIOS = ["percent", "percentage_point", "basis_point"]
MULTIPLES = ["times"]


def amounts(*, low: int = -(10**26)) -> st.SearchStrategy[Decimal]:
    """Amounts up to 10^22 in size with up to four decimals, trailing zeros included."""
    units = st.integers(low, 10**26)
    return st.builds(lambda u, p: Decimal(u).scaleb(-p), units, st.integers(0, 4))


def lossy(locale: str, style: str, currency: str) -> bool:
    """Whether babel's own symbols make this text ambiguous (yen as "¥" in zh_Hant)."""
    return locale == "zh_Hant" and style != "news" and currency == "JPY"


def read(text: str, lang: str) -> ab.Approx[Any]:
    parsed = ab.parse_amount(text, lang=lang)  # type: ignore[arg-type]
    return parsed.to_approx()


def assert_same(text: str, lang: str, expected: ab.Approx[Any]) -> None:
    found = read(text, lang)
    assert (found.value, found.qualifier) == (expected.value, expected.qualifier), text


@pytest.mark.parametrize(("locale", "style", "lang"), LOSSLESS)
@settings(deadline=None)  # the first call builds pint's registry and loads babel's data
@given(
    amount=amounts(),
    currency=st.sampled_from(CURRENCIES),
    qualifier=st.sampled_from(QUALIFIERS),
)
def test_money_reads_back(
    locale: str, style: ab.Style, lang: str, amount: Decimal, currency: str, qualifier: str
) -> None:
    assume(not lossy(locale, style, currency))
    value = ab.Approx(ab.Money(amount, currency), qualifier)  # type: ignore[arg-type]
    assert_same(ab.format_amount(value, locale=locale, style=style), lang, value)


@pytest.mark.parametrize(("locale", "style", "lang"), LOSSLESS)
@settings(deadline=None)  # the first call builds pint's registry and loads babel's data
@given(
    amount=amounts(),
    unit=st.sampled_from(COUNTS + RATIOS + MULTIPLES),
    qualifier=st.sampled_from(QUALIFIERS),
)
def test_counts_ratios_and_multiples_read_back(
    locale: str, style: ab.Style, lang: str, amount: Decimal, unit: str, qualifier: str
) -> None:
    value = ab.Approx(Q_(amount, unit), qualifier)  # type: ignore[arg-type]
    assert_same(ab.format_amount(value, locale=locale, style=style), lang, value)


@pytest.mark.parametrize(("locale", "style", "lang"), LOSSLESS)
@settings(deadline=None)  # the first call builds pint's registry and loads babel's data
@given(amount=amounts(), qualifier=st.sampled_from(QUALIFIERS))
def test_plain_numbers_read_back(
    locale: str, style: ab.Style, lang: str, amount: Decimal, qualifier: str
) -> None:
    value = ab.Approx(amount, qualifier)  # type: ignore[arg-type]
    assert_same(ab.format_amount(value, locale=locale, style=style), lang, value)


@pytest.mark.parametrize(("locale", "style", "lang"), LOSSLESS)
@settings(deadline=None)  # the first call builds pint's registry and loads babel's data
@given(
    amount=amounts(low=0),
    currency=st.sampled_from(CURRENCIES),
    count=st.sampled_from(COUNTS),
)
def test_prices_read_back(
    locale: str, style: ab.Style, lang: str, amount: Decimal, currency: str, count: str
) -> None:
    assume(not lossy(locale, style, currency))
    value = ab.Approx(Q_(amount.scaleb(-8), f"{currency} / {count}"), "exact")
    assert_same(ab.format_amount(value, locale=locale, style=style), lang, value)


@pytest.mark.parametrize(("locale", "style", "lang"), LOSSLESS)
@settings(deadline=None)  # the first call builds pint's registry and loads babel's data
@given(low=amounts(low=0), width=amounts(low=1), currency=st.sampled_from(CURRENCIES))
def test_ranges_read_back(
    locale: str, style: ab.Style, lang: str, low: Decimal, width: Decimal, currency: str
) -> None:
    assume(not lossy(locale, style, currency))
    bottom, top = ab.Money(low, currency), ab.Money(low, currency) + ab.Money(width, currency)
    value = ab.Approx(bottom, "range", low=bottom, high=top)
    found = read(ab.format_amount(value, locale=locale, style=style), lang)
    assert (found.qualifier, found.low, found.high) == ("range", bottom, top)
