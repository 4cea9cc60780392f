"""ab.convert_frame: frames of mixed currencies, row by row equal to scalar convert, with the
rate date of each row and every unconvertible row reported at once."""

from __future__ import annotations

import datetime
from decimal import Decimal

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import aibrief as ab

pd = pytest.importorskip("pandas")
pl = pytest.importorskip("polars")

D = datetime.date
MONDAY = D(2025, 1, 27)
CURRENCIES = ["USD", "KRW", "CNY", "EUR", "JPY", "GBP", "INR"]


def _deals() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "amount": [5_576_000.0, 8e9, 1e6, np.nan, 5.0, 100.0],
            "currency": ["USD", "KRW", "CNY", "EUR", None, "usd"],
            "date": pd.to_datetime(
                ["2025-01-27", "2025-01-25", "2025-01-27", "2025-01-27", "2025-01-27", None]
            ),
        },
        index=[10, 11, 12, 13, 14, 15],
    )


def test_mixed_currencies_with_rate_dates_and_missing_rows() -> None:
    result = ab.convert_frame(_deals(), "USD", rate_date="rate_date")
    assert result.index.tolist() == [10, 11, 12, 13, 14, 15]
    usd = result["amount_usd"]
    assert usd[10] == 5_576_000.0
    saturday = ab.convert(ab.Money("8000000000", "KRW"), "USD", on=D(2025, 1, 25))
    assert usd[11] == pytest.approx(float(saturday.result.amount), rel=1e-14)
    assert usd[12] == pytest.approx(1e6 * 1.0530 / 7.6306, rel=1e-14)
    assert usd[[13, 14, 15]].isna().all()
    days = result["rate_date"].dt.strftime("%Y-%m-%d").tolist()
    assert days[:3] == ["2025-01-27", "2025-01-24", "2025-01-27"]
    assert result["rate_date"].isna().tolist()[4:] == [True, True]
    assert "amount_usd" not in _deals().columns  # the input frame is left as it was


def test_polars_frames_give_polars_frames() -> None:
    frame = pl.from_pandas(_deals().reset_index(drop=True))
    result = ab.convert_frame(frame, "KRW", out="krw", rate_date="on")
    assert isinstance(result, pl.DataFrame)
    assert result["on"].dtype == pl.Date
    assert result["krw"].is_null().to_list() == [False, False, False, True, True, True]
    assert result["krw"][0] == pytest.approx(5_576_000 * 1507.97 / 1.0530, rel=1e-14)


def test_every_unconvertible_row_is_reported_at_once() -> None:
    frame = pd.DataFrame(
        {
            "amount": [1.0, 2.0, 3.0, 4.0, 5.0],
            "currency": ["KWR", "CNY", "KWR", "XAU", "CNY"],
            "date": ["2025-01-27", "2004-01-05", "2025-01-27", "2025-01-27", "2004-01-05"],
        }
    )
    with pytest.raises(ab.FrameConversionError, match="5 rows cannot be converted to USD") as info:
        ab.convert_frame(frame, "USD")
    error = info.value
    assert error.unknown_currencies == {"KWR": (0, 2), "XAU": (3,)}
    assert error.unavailable == {("CNY", D(2004, 1, 5)): (1, 4)}
    assert "2005-04-01" in error.reasons["CNY", D(2004, 1, 5)]
    assert "did you mean 'KRW'" in str(error)
    assert isinstance(error, LookupError)


def test_missing_policy_error_reports_weekends_with_positions() -> None:
    frame = pd.DataFrame({"amount": [1.0] * 3, "currency": ["USD"] * 3, "date": ["2025-01-27", "2025-01-25", "2025-01-26"]})  # fmt: skip
    with pytest.raises(ab.FrameConversionError) as info:
        ab.convert_frame(frame, "EUR", missing="error")
    assert sorted(info.value.unavailable) == [("USD", D(2025, 1, 25)), ("USD", D(2025, 1, 26))]


def test_decimal_frames_take_the_exact_path() -> None:
    frame = pd.DataFrame(
        {
            "amount": [Decimal("5576000"), Decimal("8000000000"), None],
            "currency": ["USD", "KRW", "CNY"],
            "date": [MONDAY, MONDAY, MONDAY],
        }
    )
    result = ab.convert_frame(frame, "EUR", rate_date="rate_date")
    expected = [
        ab.convert(ab.Money("5576000", "USD"), "EUR", on=MONDAY).result.amount,
        ab.convert(ab.Money("8000000000", "KRW"), "EUR", on=MONDAY).result.amount,
        None,
    ]
    assert result["amount_eur"].tolist() == expected


def test_other_rate_sources_and_bad_arguments() -> None:
    stated = ab.rates.FixedRates({("USD", "KRW"): "1435"}, source="article")
    frame = pd.DataFrame({"amount": [2.0, 3.0], "currency": ["USD", "KRW"], "date": [MONDAY] * 2})
    result = ab.convert_frame(frame, "KRW", rates=stated, rate_date="day")
    assert result["amount_krw"].tolist() == [2870.0, 3.0]
    with pytest.raises(ab.InvalidArgumentError, match="no column 'amount'"):
        ab.convert_frame(frame.rename(columns={"amount": "usd"}), "KRW")
    with pytest.raises(ab.InvalidArgumentError, match="convert_many"):
        ab.convert_frame(np.ones(3), "KRW")
    with pytest.raises(ab.UnknownCurrencyError):
        ab.convert_frame(frame, "WON")


@settings(max_examples=30, deadline=None)
@given(
    rows=st.lists(
        st.tuples(
            st.integers(min_value=-(10**9), max_value=10**9),
            st.sampled_from(CURRENCIES),
            st.dates(min_value=D(2009, 1, 2), max_value=D(2026, 10, 30)),
        ),
        min_size=1,
        max_size=40,
    ),
    target=st.sampled_from(CURRENCIES),
    policy=st.sampled_from(["previous", "next", "nearest", "interpolate"]),
)
def test_mixed_frames_agree_row_by_row_with_scalar_convert(
    rows: list[tuple[int, str, datetime.date]], target: str, policy: str
) -> None:
    frame = pd.DataFrame(rows, columns=["amount", "currency", "date"])
    frame["amount"] = frame["amount"].astype(float)
    expected, gaps = [], set()
    for amount, code, day in rows:
        try:
            conversion = ab.convert(ab.Money(amount, code), target, on=day, missing=policy)  # type: ignore[arg-type]
        except ab.RateUnavailableError:
            gaps.add((code, day))
            continue
        expected.append((float(conversion.result.amount), conversion.rate_date))
    if gaps:
        with pytest.raises(ab.FrameConversionError) as info:
            ab.convert_frame(frame, target, missing=policy)  # type: ignore[arg-type]
        assert set(info.value.unavailable) == gaps
        return
    result = ab.convert_frame(frame, target, missing=policy, rate_date="on")  # type: ignore[arg-type]
    np.testing.assert_allclose(result[f"amount_{target.lower()}"], [e[0] for e in expected], rtol=1e-13)  # fmt: skip
    assert [d.date() for d in result["on"]] == [e[1] for e in expected]


def test_categorical_codes_with_unused_and_unknown_categories() -> None:
    kinds = pd.CategoricalDtype(["XAU", "USD", "KRW", "EUR"])
    codes = pd.Series(["KRW", "USD", None], dtype=kinds)
    frame = pd.DataFrame({"amount": [1.0, 2.0, 3.0], "currency": codes, "date": [MONDAY] * 3})
    converted = ab.convert_frame(frame, "USD")["amount_usd"]
    assert converted.iloc[1] == 2.0
    assert np.isnan(converted.iloc[2])
    assert converted.iloc[0] == pytest.approx(1.0530 / 1507.97, rel=1e-12)
    polars = ab.convert_frame(pl.from_pandas(frame), "USD")["amount_usd"]
    assert polars.to_list() == [*converted.tolist()[:2], None]
    frame["currency"] = pd.Series(["KRW", "XAU", "XAU"], dtype=kinds)
    with pytest.raises(ab.FrameConversionError) as caught:
        ab.convert_frame(frame, "USD")
    assert caught.value.unknown_currencies == {"XAU": (1, 2)}
