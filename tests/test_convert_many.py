"""aibrief.convert_many: columns of amounts and dates as float64, vectorised."""

from __future__ import annotations

import datetime
import subprocess
import sys
from decimal import Decimal

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import aibrief as ab

D = datetime.date
MONDAY = D(2025, 1, 27)
ECB = ab.rates.ecb()


def _exact(
    amount: str, source: str, target: str, day: datetime.date, missing: str = "previous"
) -> float:
    money = ab.Money(amount, source)
    return float(ab.convert(money, target, on=day, missing=missing).result.amount)  # type: ignore[arg-type]


def test_known_values_match_the_exact_path() -> None:
    result = ab.convert_many(
        np.array([100.0, 1.0]),
        "USD",
        "KRW",
        np.array(["2025-01-27", "2025-01-27"], dtype="datetime64[D]"),
    )
    assert result.dtype == np.float64
    assert result[0] == pytest.approx(143207.0275403609, rel=1e-15)
    assert result[1] == pytest.approx(1432.070275403609, rel=1e-15)


@pytest.mark.parametrize(
    "dates",
    [
        ["2025-01-27", "2025-01-25", "2024-12-25"],
        [D(2025, 1, 27), D(2025, 1, 25), D(2024, 12, 25)],
        np.array(["2025-01-27", "2025-01-25", "2024-12-25"], dtype="datetime64[D]"),
        np.array(
            ["2025-01-27T00:00", "2025-01-25T00:00", "2024-12-25T00:00"], dtype="datetime64[ns]"
        ),
    ],
)
def test_date_inputs(dates: object) -> None:
    result = ab.convert_many([100, 200, 300], "USD", "KRW", dates)  # type: ignore[arg-type]
    expected = [
        _exact("100", "USD", "KRW", MONDAY),
        _exact("200", "USD", "KRW", D(2025, 1, 25)),
        _exact("300", "USD", "KRW", D(2024, 12, 25)),
    ]
    np.testing.assert_allclose(result, expected, rtol=1e-14)


@pytest.mark.parametrize("policy", ["previous", "next", "nearest", "interpolate"])
@pytest.mark.parametrize(
    "day", [D(2025, 1, 25), D(2025, 1, 26), D(2024, 12, 25), D(2024, 12, 26), D(2025, 1, 1), MONDAY]
)
def test_every_policy_matches_the_scalar_path(policy: str, day: datetime.date) -> None:
    for source, target in [("USD", "KRW"), ("EUR", "CNY"), ("KRW", "EUR")]:
        got = ab.convert_many([1000.0], source, target, [day], missing=policy)  # type: ignore[arg-type]
        assert got[0] == pytest.approx(_exact("1000", source, target, day, policy), rel=1e-14)


def test_error_policy_and_lookback() -> None:
    assert ab.convert_many([1.0], "EUR", "USD", [MONDAY], missing="error")[0] == 1.053
    with pytest.raises(ab.RateUnavailableError, match="2025-01-25"):
        ab.convert_many([1.0, 1.0], "EUR", "USD", [MONDAY, D(2025, 1, 25)], missing="error")
    with pytest.raises(ab.RateUnavailableError, match="within 1 days"):
        ab.convert_many([1.0], "EUR", "USD", [D(2025, 1, 26)], lookback_days=1)
    with pytest.raises(ab.InvalidArgumentError):
        ab.convert_many([1.0], "EUR", "USD", [MONDAY], lookback_days=-1)


def test_dates_without_rates_raise_the_scalar_error() -> None:
    with pytest.raises(ab.RateUnavailableError, match="2005-04-01") as info:
        ab.convert_many([1.0, 2.0], "CNY", "USD", ["2025-01-27", "2004-01-05"])
    assert info.value.on == D(2004, 1, 5)
    with pytest.raises(ab.RateUnavailableError, match="2007-12-31"):
        ab.convert_many([1.0], "EUR", "CYP", ["2008-01-02"])
    with pytest.raises(ab.RateUnavailableError, match="2008-12-09"):
        ab.convert_many([1.0], "EUR", "ISK", ["2012-05-02"])
    with pytest.raises(ab.RateUnavailableError, match="no XAU rates"):
        ab.convert_many([1.0], "EUR", "XAU", ["2012-05-02"])


@pytest.mark.parametrize(
    ("dates", "error"),
    [
        ([datetime.datetime(2025, 1, 27, 12)], ab.DateTypeError),
        (np.array(["2025-01-27T12:00"], dtype="datetime64[m]"), ab.DateTypeError),
        (["2025-01"], ab.InvalidArgumentError),
        (["2025-13-01"], ab.InvalidArgumentError),
        ([20250127], ab.DateTypeError),
        ([None], ab.DateTypeError),
    ],
)
def test_bad_dates(dates: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        ab.convert_many([1.0], "USD", "KRW", dates)  # type: ignore[arg-type]


def test_bad_amounts_and_codes() -> None:
    with pytest.raises(ab.AmountTypeError, match="text"):
        ab.convert_many(["abc"], "USD", "KRW", [MONDAY])
    with pytest.raises(ab.UnknownCurrencyError):
        ab.convert_many([1.0], "USD", "KWR", [MONDAY])


def test_broadcasting_a_single_date_and_identity() -> None:
    amounts = np.array([[1.0, 2.0], [3.0, 4.0]])
    result = ab.convert_many(amounts, "EUR", "USD", MONDAY)
    np.testing.assert_array_equal(result, amounts * 1.053)
    same = ab.convert_many(amounts, "USD", "USD", MONDAY)
    np.testing.assert_array_equal(same, amounts)
    assert same is not amounts


@pytest.mark.parametrize(
    ("amounts", "words"),
    [
        ([True, False], "booleans"),
        (np.array([1 + 2j]), "complex"),
        (np.array([1.0, None], dtype=object), r"amounts\[1\] is None"),
        (np.array([1.0, "2"], dtype=object), r"amounts\[1\] = '2' is a str"),
        (np.array([np.True_], dtype=object), "bool"),
        (["1.5"], "text"),
        (np.array(["2025-01-27"], dtype="datetime64[D]"), "dates"),
    ],
)
def test_columns_refuse_what_they_cannot_convert(amounts: object, words: str) -> None:
    """Issue 18: a clear aibrief error, never NumPy's, never a silent NaN or a lost part."""
    with pytest.raises(ab.AmountTypeError, match=words):
        ab.convert_many(amounts, "USD", "KRW", MONDAY)  # type: ignore[arg-type]


def test_columns_of_different_lengths_are_refused() -> None:
    """Issue 18 repro: `convert_many([1.0, 2.0], "USD", "KRW", ["2025-01-27"] * 3)`."""
    with pytest.raises(ab.InvalidArgumentError, match="amounts has 2 rows and dates has 3 rows"):
        ab.convert_many([1.0, 2.0], "USD", "KRW", ["2025-01-27"] * 3)
    with pytest.raises(ab.InvalidArgumentError, match=r"amounts has shape \(2, 3\)"):
        ab.convert_many(np.ones((2, 3)), "USD", "KRW", ["2025-01-27"] * 2)


@pytest.mark.parametrize(
    ("amounts", "dates"),
    [
        ([], []),
        (np.array([]), np.array([], dtype="datetime64[D]")),
        (np.array([], dtype=object), np.array([], dtype=object)),
        (np.array([], dtype=np.int64), []),
        ([], "2025-01-27"),
    ],
)
def test_empty_input_gives_an_empty_result(amounts: object, dates: object) -> None:
    """Issue 18 repro: `convert_many([], "USD", "KRW", [])` is an empty column."""
    result = ab.convert_many(amounts, "USD", "KRW", dates)  # type: ignore[arg-type]
    assert result.dtype == np.float64
    assert result.shape == (0,)


def test_missing_dates_give_missing_amounts() -> None:
    dates = np.array(["2025-01-27", "NaT", "2025-01-27"], dtype="datetime64[D]")
    result = ab.convert_many([1.0, 2.0, 3.0], "EUR", "USD", dates)
    np.testing.assert_array_equal(result, [1.053, np.nan, 3 * 1.053])
    same = ab.convert_many([1.0, 2.0], "USD", "USD", dates[:2])
    np.testing.assert_array_equal(same, [1.0, np.nan])


def test_nan_amounts_propagate() -> None:
    result = ab.convert_many([np.nan, 1.0], "EUR", "USD", [MONDAY, MONDAY])
    assert np.isnan(result[0])
    assert result[1] == 1.053


def test_other_sources_are_asked_once_per_distinct_date() -> None:
    asked: list[datetime.date] = []
    fixed = ab.rates.FixedRates({("USD", "KRW"): "1435"}, source="article")

    class Counting:
        def rate(
            self, source: str, target: str, on: datetime.date, **options: object
        ) -> ab.rates.RateQuote:
            asked.append(on)
            return fixed.rate(source, target, on)

    result = ab.convert_many(
        [1.0, 2.0, 3.0], "USD", "KRW", [MONDAY, MONDAY, D(2025, 1, 28)], rates=Counting()
    )
    np.testing.assert_array_equal(result, [1435.0, 2870.0, 4305.0])
    assert sorted(asked) == [MONDAY, D(2025, 1, 28)]
    chained = ab.rates.chain(fixed, ECB)
    np.testing.assert_allclose(
        ab.convert_many([1.0], "EUR", "USD", [MONDAY], rates=chained), [1.053]
    )


def test_user_table_is_vectorised_too() -> None:
    mine = ab.rates.RateTable.from_rows(
        {D(2025, 1, 24): {"KRW": "1431.5"}, MONDAY: {"KRW": "1435"}}, base="USD", source="mine"
    )
    result = ab.convert_many(
        [1.0, 1.0, 1.0], "USD", "KRW", ["2025-01-24", "2025-01-25", "2025-01-27"], rates=mine
    )
    np.testing.assert_array_equal(result, [1431.5, 1431.5, 1435.0])


@settings(max_examples=50, deadline=None)
@given(
    days=st.lists(
        st.dates(min_value=D(2009, 1, 2), max_value=D(2026, 10, 30)), min_size=1, max_size=20
    ),
    pair=st.sampled_from([("USD", "KRW"), ("CNY", "JPY"), ("INR", "EUR"), ("EUR", "GBP")]),
    policy=st.sampled_from(["previous", "next", "nearest", "interpolate"]),
)
def test_columns_agree_with_scalar_conversion(
    days: list[datetime.date], pair: tuple[str, str], policy: str
) -> None:
    source, target = pair
    try:
        expected = [_exact("1000", source, target, day, policy) for day in days]
    except ab.RateUnavailableError:
        with pytest.raises(ab.RateUnavailableError):
            ab.convert_many([1000.0] * len(days), source, target, days, missing=policy)  # type: ignore[arg-type]
        return
    got = ab.convert_many([1000.0] * len(days), source, target, days, missing=policy)  # type: ignore[arg-type]
    np.testing.assert_allclose(got, expected, rtol=1e-13)


def test_numpy_is_not_imported_until_convert_many() -> None:
    code = (
        "import sys, datetime, aibrief as ab;"
        " ab.convert(ab.Money('1', 'USD'), 'KRW', on=datetime.date(2025, 1, 27));"
        " print('numpy' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_decimal_inputs_are_read_as_floats() -> None:
    result = ab.convert_many([Decimal("1.5")], "EUR", "USD", [MONDAY])
    assert result[0] == pytest.approx(1.5795)
