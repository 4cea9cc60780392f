"""Currency codes come from babel's ISO 4217 data, with their minor units."""

from __future__ import annotations

import pytest

import aibrief as ab


@pytest.mark.parametrize(
    ("code", "units"), [("KRW", 0), ("USD", 2), ("CNY", 2), ("JPY", 0), ("BHD", 3)]
)
def test_minor_units_come_from_babel(code: str, units: int) -> None:
    assert ab.minor_units(code) == units


def test_every_code_babel_knows_is_accepted() -> None:
    known = ab.known_currencies()
    assert len(known) > 250
    for code in known:
        assert ab.validate_currency(code) == code


@pytest.mark.parametrize(
    ("typed", "first_suggestion"),
    [("WON", "KRW"), ("RMB", "CNY"), ("YEN", "JPY"), ("KWR", "KRW"), ("USDD", "USD")],
)
def test_unknown_codes_get_close_suggestions(typed: str, first_suggestion: str) -> None:
    with pytest.raises(ab.UnknownCurrencyError) as info:
        ab.validate_currency(typed)
    assert info.value.suggestions[0] == first_suggestion
    assert repr(typed) in str(info.value)


def test_non_strings_are_unknown_currencies() -> None:
    with pytest.raises(ab.UnknownCurrencyError, match="unknown currency code 840"):
        ab.validate_currency(840)


def test_known_currencies_are_babels_list() -> None:
    from babel.numbers import list_currencies

    assert ab.known_currencies() == frozenset(list_currencies())
