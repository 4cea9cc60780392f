"""aibrief.rates: the embedded ECB table, missing-day policies, user rates, chains."""

from __future__ import annotations

import datetime
import io
import threading
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import aibrief as ab
from aibrief import rates
from aibrief._core.decimal import DIVISION
from aibrief.rates import current, embedded
from aibrief.rates.io import MAGIC, build_columns, pack, parse_csv, unpack

D = datetime.date
ECB = rates.ecb()


# The embedded table.


def test_table_covers_every_ecb_day_and_currency() -> None:
    assert ECB.base == "EUR"
    assert ECB.first_date == D(1999, 1, 4)
    assert ECB.last_date >= D(2026, 10, 30)
    assert {"EUR", "USD", "CNY", "KRW", "JPY", "GBP", "CYP", "ISK", "BGN"} <= ECB.currencies
    assert len(ECB.currencies) == 42  # 41 published currencies and the euro
    assert ECB.source.startswith("European Central Bank euro foreign exchange reference rates")
    assert "retrieved 2026-10-30" in ECB.source


def test_published_ranges_per_currency() -> None:
    assert ECB.published_range("CNY") == (D(2005, 4, 1), ECB.last_date)
    assert ECB.published_range("CYP") == (D(1999, 1, 4), D(2007, 12, 31))
    assert ECB.published_range("EUR") == (ECB.first_date, ECB.last_date)
    assert ECB.published_range("BGN")[1] == D(2025, 12, 31)


def test_known_rates_on_2025_01_27() -> None:
    day = D(2025, 1, 27)
    assert ECB.rate("EUR", "USD", day).rate == Decimal("1.0530")
    assert ECB.rate("EUR", "CNY", day).rate == Decimal("7.6306")
    assert ECB.rate("EUR", "KRW", day).rate == Decimal("1507.97")
    quote = ECB.rate("USD", "KRW", day)
    assert (quote.numerator, quote.denominator) == (Decimal("1507.97"), Decimal("1.0530"))
    assert quote.rate == Decimal("1432.070275403608736942070275403609")
    assert (quote.rate_date, quote.method) == (day, "published")


def test_first_day_of_the_euro() -> None:
    assert ECB.rate("EUR", "USD", D(1999, 1, 4)).rate == Decimal("1.1789")
    assert ECB.rate("EUR", "CYP", D(1999, 1, 4)).rate == Decimal("0.58231")


def test_packed_file_is_small_and_round_trips() -> None:
    data = (Path(ab.__file__).parent / "_data" / "eurofxref.bin").read_bytes()
    assert len(data) < 1_000_000
    columns = unpack(data)
    assert unpack(pack(columns)) == columns


def test_corrupt_packed_data_is_a_rate_data_error() -> None:
    with pytest.raises(ab.RateDataError, match="bad magic"):
        unpack(b"not a table")
    with pytest.raises(ab.RateDataError, match="corrupt"):
        unpack(MAGIC + b"\x04\x00\x00\x00xxxx")
    data = (Path(ab.__file__).parent / "_data" / "eurofxref.bin").read_bytes()
    with pytest.raises(ab.RateDataError, match="corrupt"):
        unpack(data[:-10])
    broken = unpack(data[:-10] + b"\x00" * 10, lazy=True)  # the damage shows when KRW is read
    with pytest.raises(ab.RateDataError, match="corrupt"):
        broken.mantissas["ZAR"]


def test_embedded_table_decodes_only_the_columns_used() -> None:
    table = rates.RateTable(
        unpack((Path(ab.__file__).parent / "_data" / "eurofxref.bin").read_bytes(), lazy=True)
    )
    table.rate("USD", "KRW", D(2025, 1, 27))
    assert sorted(table._mantissas) == ["KRW", "USD"]
    assert table.rate("EUR", "CNY", D(2025, 1, 27)).rate == Decimal("7.6306")


def test_first_load_from_many_threads_loads_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Many threads asking for the table at once all get the same, single load."""
    calls = []
    real_load = embedded._load_embedded
    barrier = threading.Barrier(16)

    def counting_load() -> rates.RateTable:
        calls.append(1)
        return real_load()

    monkeypatch.setattr(embedded, "_shipped_table", None)
    monkeypatch.setattr(embedded, "_load_embedded", counting_load)
    monkeypatch.setattr(current, "_held", None)
    monkeypatch.setattr(current, "_table", None)
    seen: list[rates.RateTable] = []

    def worker() -> None:
        barrier.wait()
        table = rates.ecb()
        seen.append(table)
        ab.convert(ab.Money("100", "USD"), "KRW", on=D(2025, 1, 27), rates=table)

    threads = [threading.Thread(target=worker) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(calls) == 1
    assert len(seen) == 16
    assert all(table is seen[0] for table in seen)


# Missing-day policies: a weekend, a TARGET holiday, New Year's Day.

SATURDAY, SUNDAY = D(2025, 1, 25), D(2025, 1, 26)
FRIDAY, MONDAY = D(2025, 1, 24), D(2025, 1, 27)


@pytest.mark.parametrize("day", [SATURDAY, SUNDAY])
def test_weekend_previous_next_nearest(day: datetime.date) -> None:
    previous = ECB.rate("EUR", "USD", day, missing="previous")
    assert (previous.rate, previous.rate_date, previous.method) == (
        Decimal("1.0472"),
        FRIDAY,
        "previous",
    )
    following = ECB.rate("EUR", "USD", day, missing="next")
    assert (following.rate, following.rate_date, following.method) == (
        Decimal("1.0530"),
        MONDAY,
        "next",
    )
    nearest = ECB.rate("EUR", "USD", day, missing="nearest")
    assert nearest.method == "nearest"
    assert nearest.rate_date == (FRIDAY if day == SATURDAY else MONDAY)


def test_weekend_interpolate_is_linear_in_days_per_currency() -> None:
    quote = ECB.rate("EUR", "USD", SATURDAY, missing="interpolate")
    # one day of three from 1.0472 (Friday) to 1.0530 (Monday)
    assert quote.numerator == Decimal("1.049133333333333333333333333333333333")
    assert quote.rate == Decimal("1.049133333333333333333333333333333")
    assert (quote.rate_date, quote.method) == (SATURDAY, "interpolated")
    cross = ECB.rate("USD", "KRW", SUNDAY, missing="interpolate")
    # two days of three: KRW 1501.60 -> 1507.97, USD 1.0472 -> 1.0530, crossed afterwards
    assert cross.numerator == Decimal("1505.846666666666666666666666666666667")
    assert cross.denominator == Decimal("1.051066666666666666666666666666666667")
    assert cross.rate == DIVISION.divide(cross.numerator, cross.denominator)


def test_weekend_error_policy_names_the_neighbours() -> None:
    with pytest.raises(ab.RateUnavailableError, match="2025-01-24 and 2025-01-27") as info:
        ECB.rate("USD", "KRW", SATURDAY, missing="error")
    assert (info.value.source_currency, info.value.target_currency, info.value.on) == (
        "USD",
        "KRW",
        SATURDAY,
    )


@pytest.mark.parametrize("day", [D(2024, 12, 25), D(2024, 12, 26)])
def test_target_christmas_holidays(day: datetime.date) -> None:
    assert ECB.rate("EUR", "USD", day).rate_date == D(2024, 12, 24)
    assert ECB.rate("EUR", "USD", day, missing="next").rate_date == D(2024, 12, 27)
    assert ECB.rate("EUR", "USD", day, missing="nearest").rate_date == (
        D(2024, 12, 24) if day.day == 25 else D(2024, 12, 27)
    )
    with pytest.raises(ab.RateUnavailableError):
        ECB.rate("EUR", "USD", day, missing="error")


def test_new_years_day_looks_back_into_the_old_year() -> None:
    quote = ECB.rate("EUR", "KRW", D(2025, 1, 1))
    assert quote.rate_date == D(2024, 12, 31)
    assert quote.rate == Decimal("1532.15")
    assert ECB.rate("EUR", "KRW", D(2025, 1, 1), missing="next").rate_date == D(2025, 1, 2)


def test_published_day_is_published_under_every_policy() -> None:
    for policy in ("previous", "next", "nearest", "interpolate", "error"):
        quote = ECB.rate("USD", "KRW", MONDAY, missing=policy)
        assert (quote.rate_date, quote.method) == (MONDAY, "published")
        assert quote.rate == Decimal("1432.070275403608736942070275403609")


def test_lookback_bounds_the_search() -> None:
    with pytest.raises(ab.RateUnavailableError, match="within 0 days"):
        ECB.rate("EUR", "USD", SATURDAY, lookback_days=0)
    assert ECB.rate("EUR", "USD", SUNDAY, lookback_days=2).rate_date == FRIDAY
    with pytest.raises(ab.RateUnavailableError, match="within 1 days"):
        ECB.rate("EUR", "USD", SUNDAY, lookback_days=1)


@pytest.mark.parametrize("bad", [-1, True, 7.0, "7", None])
def test_bad_lookback_is_an_invalid_argument(bad: object) -> None:
    with pytest.raises(ab.InvalidArgumentError, match="lookback_days") as info:
        ECB.rate("EUR", "USD", MONDAY, lookback_days=bad)  # type: ignore[arg-type]
    assert isinstance(info.value, ValueError)
    assert info.value.name == "lookback_days"


def test_unknown_policy_is_an_invalid_argument() -> None:
    with pytest.raises(ab.InvalidArgumentError, match="'previous'"):
        ECB.rate("EUR", "USD", MONDAY, missing="last")  # type: ignore[arg-type]


# Dates and currencies without rates.


def test_cny_before_2005_names_the_available_range() -> None:
    with pytest.raises(ab.RateUnavailableError, match="2005-04-01") as info:
        ECB.rate("CNY", "USD", D(2004, 6, 1))
    assert info.value.first_date == D(2005, 4, 1)
    assert info.value.last_date == ECB.last_date


def test_cny_the_day_before_its_first_rate_is_not_filled_from_the_future() -> None:
    with pytest.raises(ab.RateUnavailableError):
        ECB.rate("EUR", "CNY", D(2005, 3, 31), missing="next")


def test_currency_the_ecb_stopped_publishing() -> None:
    assert ECB.rate("EUR", "CYP", D(2007, 12, 31)).rate == Decimal("0.585274")
    with pytest.raises(ab.RateUnavailableError, match="2007-12-31") as info:
        ECB.rate("EUR", "CYP", D(2008, 1, 2))
    assert info.value.last_date == D(2007, 12, 31)


def test_gap_inside_a_range_is_reported() -> None:
    with pytest.raises(ab.RateUnavailableError, match="2008-12-09 and 2018-02-01"):
        ECB.rate("EUR", "ISK", D(2012, 5, 2))


def test_dates_outside_the_table() -> None:
    with pytest.raises(ab.RateUnavailableError, match="1999-01-04") as info:
        ECB.rate("EUR", "USD", D(1998, 12, 31))
    assert info.value.first_date == D(1999, 1, 4)
    with pytest.raises(ab.RateUnavailableError, match=r"run `aibrief rates update`") as info:
        ECB.rate("EUR", "USD", ECB.last_date + datetime.timedelta(days=3))
    assert str(info.value).endswith("in Python: ab.rates.update(), then ab.rates.ecb())")
    assert info.value.last_date == ECB.last_date


def test_currency_not_in_the_table() -> None:
    with pytest.raises(ab.RateUnavailableError, match="no XAU rates"):
        ECB.rate("XAU", "USD", MONDAY)


def test_non_date_is_a_date_type_error() -> None:
    for bad in ("2025-01-27", datetime.datetime(2025, 1, 27), (2025, 1, 27), [2025]):
        with pytest.raises(ab.DateTypeError, match=r"datetime\.date"):
            ECB.rate("EUR", "USD", bad)  # type: ignore[arg-type]


# User rates: from_rows, from_csv, from_ecb.


def test_from_csv_in_ecb_layout() -> None:
    text = io.StringIO("Date,KRW,CNY,\n2025-01-27,1435,7.2552,\n2025-01-24,1431.5,N/A,\n")
    mine = rates.RateTable.from_csv(text, base="USD", source="my bank")
    assert mine.currencies == frozenset({"USD", "KRW", "CNY"})
    assert (mine.first_date, mine.last_date, mine.source) == (FRIDAY, MONDAY, "my bank")
    assert mine.rate("USD", "KRW", SATURDAY).rate == Decimal("1431.5")
    assert mine.rate("KRW", "CNY", MONDAY).rate == DIVISION.divide(
        Decimal("7.2552"), Decimal("1435")
    )
    assert mine.published_range("CNY") == (MONDAY, MONDAY)


def test_from_csv_path_and_ecb_zip(tmp_path: Path) -> None:
    path = tmp_path / "rates.csv"
    path.write_text("Date,USD,KRW,\n2025-01-27,1.053,1507.97,\n", encoding="utf-8")
    table = rates.RateTable.from_ecb(path, retrieved=D(2025, 1, 28))
    assert table.rate("USD", "KRW", MONDAY).rate == ECB.rate("USD", "KRW", MONDAY).rate
    assert table.source.endswith("retrieved 2025-01-28")
    import zipfile

    archive = tmp_path / "eurofxref-hist.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.write(path, "eurofxref-hist.csv")
    assert len(rates.RateTable.from_ecb(archive, retrieved=D(2025, 1, 28))) == 1


@pytest.mark.parametrize(
    ("text", "line", "match"),
    [
        ("Date,USD\n2025-01-27,1.05\n2025-13-01,1.06\n", 3, "not a date"),
        ("Date,USD\n2025-01-27,abc\n", 2, "not a positive number"),
        ("Date,USD\n2025-01-27,-1\n", 2, "not a positive number"),
        ("Date,USD\n2025-01-27,1.05,7\n", 2, "header names 1"),
        ("Date,USD\n2025-01-27,1.05\n2025-01-27,1.06\n", 3, "repeats the date"),
        ("Date,USX\n2025-01-27,1.05\n", 1, "USX"),
        ("Date,USD\n", 1, "no dated rows"),
        ("", 1, "empty"),
    ],
)
def test_malformed_csv_names_the_line(text: str, line: int, match: str) -> None:
    with pytest.raises(ab.RateDataError, match=match) as info:
        rates.RateTable.from_csv(io.StringIO(text), base="EUR", source="test")
    assert info.value.line == line


@pytest.mark.parametrize(
    ("text", "line", "match"),
    [
        ("Date,USD\n2025-01-27,abc\n2025-13-01,1.06\n", 2, "not a positive number"),
        ("Date,USD\n2025-01-27,1.05\n2025-13-01,abc\n", 3, "not a date"),
        ("Date,USD\n2025-01-27,0.0000\n", 2, "'0.0000' is not a positive number"),
        ("Date,USD,JPY\n2025-01-27,1.05,130\n2025-01-24,1.04,-1\n", 3, "JPY rate '-1'"),
    ],
)
def test_the_first_bad_line_is_named_in_file_order(text: str, line: int, match: str) -> None:
    """Rates are checked after the dates, yet a bad rate before a bad date is told first."""
    with pytest.raises(ab.RateDataError, match=match) as info:
        rates.RateTable.from_csv(io.StringIO(text), base="EUR", source="test")
    assert info.value.line == line


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.lists(
            st.one_of(
                st.sampled_from(["N/A", "", " "]),
                st.decimals(min_value=Decimal("0.0001"), max_value=Decimal("99999"), places=4),
                st.integers(min_value=1, max_value=10**6).map(str),
                st.decimals(min_value=Decimal("0.01"), max_value=Decimal("9999"), places=2).map(
                    lambda value: f"{value:E}"  # exponent notation leaves the fast path
                ),
            ),
            min_size=3,
            max_size=3,
        ),
        min_size=1,
        max_size=12,
    )
)
def test_csv_reading_gives_what_decimals_give(table: list[list[object]]) -> None:
    """parse_csv's plain-digits path and its Decimal path store the same integers and scales."""
    codes = ["USD", "JPY", "KRW"]
    day = datetime.date(2025, 1, 1)
    lines = ["Date," + ",".join(codes) + ","]
    rows: dict[datetime.date, dict[str, Decimal | None]] = {}
    for offset, cells in enumerate(table):
        texts = [str(cell) for cell in cells]
        when = day + datetime.timedelta(days=offset)
        lines.append(f"{when}," + ",".join(texts) + ",")
        rows[when] = {
            code: None if text.strip() in ("N/A", "") else Decimal(text)
            for code, text in zip(codes, texts, strict=True)
        }
    lines.reverse()  # newest first, as the ECB writes; the header back on top
    lines.insert(0, lines.pop())
    expected = build_columns(rows, base="EUR", source="t") if _any_rate(rows) else None
    if expected is None:
        return
    parsed = parse_csv(lines, base="EUR", source="t")
    assert parsed == expected
    assert {c: v.typecode for c, v in parsed.mantissas.items()} == {
        c: v.typecode for c, v in expected.mantissas.items()
    }


def _any_rate(rows: dict[datetime.date, dict[str, Decimal | None]]) -> bool:
    return any(value is not None for values in rows.values() for value in values.values())


def test_csv_base_column_is_refused() -> None:
    with pytest.raises(ab.RateDataError, match="base currency EUR"):
        rates.RateTable.from_csv(io.StringIO("Date,EUR\n2025-01-27,1\n"), base="EUR", source="t")


def test_missing_csv_file_is_a_rate_data_error(tmp_path: Path) -> None:
    with pytest.raises(ab.RateDataError, match="cannot read"):
        rates.RateTable.from_csv(tmp_path / "nope.csv", base="EUR", source="t")


def test_from_rows_refuses_floats() -> None:
    with pytest.raises(ab.AmountTypeError):
        rates.RateTable.from_rows({MONDAY: {"KRW": 1435.0}}, base="USD", source="t")  # type: ignore[dict-item]


def test_wide_user_rates_are_held_exactly() -> None:
    table = rates.RateTable.from_rows(
        {MONDAY: {"KRW": "1435.123456789012345"}}, base="USD", source="t"
    )
    assert table.rate("USD", "KRW", MONDAY).rate == Decimal("1435.123456789012345")
    with pytest.raises(ab.RateDataError, match="too many digits"):
        rates.RateTable.from_rows({MONDAY: {"KRW": "1" * 25}}, base="USD", source="t")


# FixedRates and chains.


def test_fixed_rates_and_their_inverse() -> None:
    article = rates.FixedRates({("USD", "KRW"): "1435"}, source="article")
    quote = article.rate("USD", "KRW", MONDAY)
    assert (quote.rate, quote.method, quote.source, quote.rate_date) == (
        Decimal("1435"),
        "fixed",
        "article",
        MONDAY,
    )
    inverse = article.rate("KRW", "USD", D(2010, 1, 1))
    assert (inverse.numerator, inverse.denominator) == (Decimal(1), Decimal("1435"))
    with pytest.raises(ab.RateUnavailableError, match="USD->KRW"):
        article.rate("USD", "JPY", MONDAY)


def test_fixed_rates_on_one_date() -> None:
    article = rates.FixedRates({("usd", "krw"): 1435}, source="article", on=MONDAY)
    assert article.rate("USD", "KRW", MONDAY).rate == 1435
    with pytest.raises(ab.RateUnavailableError, match="2025-01-27 only") as info:
        article.rate("USD", "KRW", FRIDAY)
    assert info.value.first_date == info.value.last_date == MONDAY


@pytest.mark.parametrize(
    "bad",
    [
        {},
        {("USD", "KRW"): "0"},
        {("USD", "USD"): "2"},
        {("USD", "KRW"): "1435", ("KRW", "USD"): "0.0007"},
        {"USDKRW": "1435"},
    ],
)
def test_fixed_rates_refuse_unusable_input(bad: dict[object, str]) -> None:
    with pytest.raises(ab.InvalidArgumentError):
        rates.FixedRates(bad, source="t")  # type: ignore[arg-type]


def test_fixed_rates_refuse_float() -> None:
    with pytest.raises(ab.AmountTypeError):
        rates.FixedRates({("USD", "KRW"): 1435.0}, source="t")  # type: ignore[dict-item]


def test_chain_uses_the_first_source_with_a_rate() -> None:
    mine = rates.chain(rates.FixedRates({("USD", "KRW"): "1435"}, source="article"), ECB)
    assert mine.rate("USD", "KRW", MONDAY).source == "article"
    assert mine.rate("USD", "JPY", MONDAY).source == ECB.source
    with pytest.raises(ab.RateUnavailableError, match="no source has") as info:
        mine.rate("USD", "XAU", MONDAY)
    assert "article" in str(info.value)
    assert isinstance(mine, rates.RateSource)


def test_chain_refuses_non_sources() -> None:
    with pytest.raises(ab.InvalidArgumentError, match="argument 2"):
        rates.chain(ECB, {"USD": 1})  # type: ignore[arg-type]
    with pytest.raises(ab.InvalidArgumentError):
        rates.chain()


def test_protocol_accepts_any_object_with_rate() -> None:
    class Constant:
        def rate(
            self,
            source: str,
            target: str,
            on: datetime.date,
            *,
            missing: str = "previous",
            lookback_days: int = 7,
        ) -> rates.RateQuote:
            return rates.RateQuote(numerator=Decimal(2), rate_date=on, method="fixed", source="two")

    assert isinstance(Constant(), rates.RateSource)
    result = ab.convert(ab.Money("3", "USD"), "KRW", on=MONDAY, rates=Constant())
    assert result.result == ab.Money("6", "KRW")


def test_import_aibrief_loads_no_rate_table_and_no_numpy() -> None:
    import subprocess
    import sys

    # The names come from the modules themselves, so the test follows a module that moves.
    code = (
        "import sys, importlib, aibrief;"
        f" print({rates.__name__!r} in sys.modules, 'numpy' in sys.modules,"
        f" importlib.import_module({current.__name__!r})._table is None)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    # import aibrief loads no rates module; reaching aibrief.rates loads no table.
    assert result.stdout.split() == ["False", "False", "True"]
