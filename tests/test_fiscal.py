"""Fiscal calendars and periods: the days a company's fiscal quarter covers, by its own rule.

Week calendars are checked against pandas' FY5253Quarter offset, an independent implementation
of 52/53-week fiscal years, over seventy years; the built-in calendars against quarters the
companies reported.
"""

from __future__ import annotations

import datetime
import itertools
import json
import pickle

import attrs
import jsonschema
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import aibrief as ab
from strategies import fiscal_periods

D = datetime.date


def test_nvidia_fiscal_2026_q2_is_april_28_to_july_27_2025() -> None:
    q2 = ab.FiscalPeriod("nvidia", 2026, quarter=2)
    assert (q2.start, q2.end) == (D(2025, 4, 28), D(2025, 7, 27))
    assert q2.days == 91


@pytest.mark.parametrize(
    ("company", "fiscal_year", "part", "first", "last"),
    [
        # Quarters as the companies' 10-Q and 10-K filings date them.
        ("nvidia", 2025, {"quarter": 1}, D(2024, 1, 29), D(2024, 4, 28)),
        ("nvidia", 2024, {"quarter": 3}, D(2023, 7, 31), D(2023, 10, 29)),
        ("nvidia", 2021, {"quarter": 4}, D(2020, 10, 26), D(2021, 1, 31)),  # 14 weeks
        ("nvidia", 2025, {}, D(2024, 1, 29), D(2025, 1, 26)),
        ("apple", 2023, {"quarter": 1}, D(2022, 9, 25), D(2022, 12, 31)),  # 14 weeks
        ("apple", 2024, {}, D(2023, 10, 1), D(2024, 9, 28)),
        ("microsoft", 2025, {"quarter": 4}, D(2025, 4, 1), D(2025, 6, 30)),
        ("alibaba", 2025, {"quarter": 3}, D(2024, 10, 1), D(2024, 12, 31)),
        ("samsung-electronics", 2025, {"quarter": 2}, D(2025, 4, 1), D(2025, 6, 30)),
        ("tsmc", 2024, {"half": 2}, D(2024, 7, 1), D(2024, 12, 31)),
    ],
)
def test_built_in_calendars_give_the_reported_days(
    company: str, fiscal_year: int, part: dict[str, int], first: D, last: D
) -> None:
    period = ab.FiscalPeriod(company, fiscal_year, **part)
    assert (period.start, period.end) == (first, last)


@pytest.mark.parametrize(
    ("rule", "weekday", "month", "long_quarter", "variation"),
    [
        ("last Sunday of January", 6, 1, 4, "last"),
        ("last Saturday of September, 53rd week in Q1", 5, 9, 1, "last"),
        ("Saturday nearest the end of January", 5, 1, 4, "nearest"),
        ("Friday nearest the end of December, 53rd week in Q2", 4, 12, 2, "nearest"),
    ],
)
def test_week_calendars_agree_with_pandas_fy5253quarter(
    rule: str, weekday: int, month: int, long_quarter: int, variation: str
) -> None:
    calendar = ab.FiscalCalendar("acme", rule)
    offset = pd.offsets.FY5253Quarter(
        weekday=weekday,
        startingMonth=month,
        qtr_with_extra_week=long_quarter,
        variation=variation,
    )
    ends = [
        calendar.bounds(year, "quarter", q)[1] for year in range(1990, 2061) for q in (1, 2, 3, 4)
    ]
    day = pd.Timestamp(calendar.year_end_of(1989))
    expected = []
    for _ in ends:
        day = day + offset
        expected.append(day.date())
    assert ends == expected


def test_month_calendars_have_quarters_of_three_calendar_months() -> None:
    alibaba = ab.fiscal_calendar("alibaba")
    quarters = [alibaba.bounds(2025, "quarter", q) for q in (1, 2, 3, 4)]
    assert quarters == [
        (D(2024, 4, 1), D(2024, 6, 30)),
        (D(2024, 7, 1), D(2024, 9, 30)),
        (D(2024, 10, 1), D(2024, 12, 31)),
        (D(2025, 1, 1), D(2025, 3, 31)),
    ]


def test_a_year_named_by_its_first_year_ends_in_the_next() -> None:
    fy = ab.FiscalPeriod(
        ab.FiscalCalendar("softbank", "end of March, named by its first year"), 2024
    )
    assert (fy.start, fy.end) == (D(2024, 4, 1), D(2025, 3, 31))
    december = ab.FiscalCalendar("acme", "end of December, named by its first year")
    assert december.year_end_of(2024) == D(2024, 12, 31)


@given(st.integers(1900, 2200), st.sampled_from(sorted(ab.fiscal_calendars())))
def test_quarters_and_halves_tile_the_year_without_gaps(year: int, company: str) -> None:
    calendar = ab.fiscal_calendar(company)
    first, last = calendar.bounds(year)
    for part, count in (("quarter", 4), ("half", 2)):
        pieces = [calendar.bounds(year, part, n) for n in range(1, count + 1)]
        assert pieces[0][0] == first
        assert pieces[-1][1] == last
        assert all(a[1] + datetime.timedelta(days=1) == b[0] for a, b in itertools.pairwise(pieces))
    assert calendar.bounds(year + 1)[0] == last + datetime.timedelta(days=1)
    if calendar.weeks:
        assert (last - first).days + 1 in (364, 371)


@given(st.dates(D(1950, 1, 1), D(2100, 12, 31)), st.sampled_from(["nvidia", "apple", "alibaba"]))
def test_the_period_containing_a_day_contains_it(day: D, company: str) -> None:
    for part in ("quarter", "half", "year"):
        period = ab.FiscalPeriod.containing(company, day, part)
        assert day in period
        assert period.part == part


def test_rules_are_read_in_several_spellings_and_kept_canonical() -> None:
    spellings = {
        "end of June": "end of June",
        "June 30": "end of June",
        "06-30": "end of June",
        "june": "end of June",
        "Feb 29": "end of February",
        "last sun in jan": "last Sunday of January",
        "Saturday closest to September 30": "Saturday nearest the end of September",
        "last Saturday of September, 53rd week in q1": "last Saturday of September, 53rd week in Q1",
    }
    assert {text: ab.FiscalCalendar("x", text).year_end for text in spellings} == spellings


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ("June 15", "June 15 is not a month end"),
        ("last Funday of June", "'funday' is not a day of the week"),
        ("end of Juno", "'juno' is not a month"),
        ("end of June, 53rd week in Q1", "puts a 53rd week in a calendar of months"),
        ("the second Tuesday", "is not a rule aibrief reads"),
    ],
)
def test_unreadable_rules_say_what_is_wrong_and_what_to_write(rule: str, message: str) -> None:
    with pytest.raises(ab.InvalidArgumentError, match=message) as caught:
        ab.FiscalCalendar("x", rule)
    assert "'last S" in str(caught.value)  # each message shows a rule that works
    assert caught.value.value == rule


def test_bad_periods_are_refused_with_the_range_expected() -> None:
    with pytest.raises(
        ab.InvalidPartialDateError,
        match="quarter 5 is out of range; expected a quarter from 1 to 4",
    ):
        ab.FiscalPeriod("nvidia", 2026, quarter=5)
    with pytest.raises(ab.InvalidPartialDateError, match="both given"):
        ab.FiscalPeriod("nvidia", 2026, quarter=1, half=1)
    with pytest.raises(ab.InvalidPartialDateError, match="fiscal year '2026' is not an int"):
        ab.FiscalPeriod("nvidia", "2026")  # type: ignore[arg-type]
    with pytest.raises(ab.InvalidArgumentError, match="did you mean 'nvidia'"):
        ab.FiscalPeriod("nvidai", 2026)
    with pytest.raises(ab.DateTypeError, match="pass a company name"):
        ab.FiscalPeriod(42, 2026)  # type: ignore[arg-type]


def test_calendars_are_found_by_id_korean_chinese_name_or_ticker() -> None:
    names = ["nvidia", "NVIDIA", "엔비디아", "英伟达", "NVDA"]
    assert {ab.fiscal_calendar(name).company for name in names} == {"nvidia"}
    assert ab.fiscal_calendar("SK hynix").company == "sk-hynix"
    assert ab.fiscal_calendar("삼성전자").company == "samsung-electronics"


def test_every_built_in_calendar_names_its_source() -> None:
    calendars = ab.fiscal_calendars()
    assert len(calendars) == 10
    for calendar in calendars.values():
        assert calendar.source
        assert "Form" in calendar.source or "report" in calendar.source


def test_text_round_trips_and_names_the_rule_of_a_calendar_not_built_in() -> None:
    built_in = ab.FiscalPeriod("apple", 2025, half=1)
    own = ab.FiscalPeriod(ab.fiscal_calendar("acme", ends="last Saturday of June"), 2025)
    assert str(built_in) == "apple FY2025-H1"
    assert str(own) == "acme FY2025 (last Saturday of June)"
    for period in (built_in, own):
        assert ab.FiscalPeriod.parse(str(period)) == period
    with pytest.raises(ab.InvalidPartialDateError, match=r"write the rule in parentheses"):
        ab.FiscalPeriod.parse("acme FY2025")
    with pytest.raises(ab.InvalidPartialDateError, match="is not a fiscal period"):
        ab.FiscalPeriod.parse("FY2025 nvidia")


def test_a_calendar_named_like_a_built_in_one_but_ruled_otherwise_keeps_its_rule() -> None:
    odd = ab.FiscalPeriod(ab.FiscalCalendar("nvidia", "end of December"), 2025)
    assert str(odd) == "nvidia FY2025 (end of December)"
    assert ab.FiscalPeriod.parse(str(odd)) == odd != ab.FiscalPeriod("nvidia", 2025)


def test_periods_sort_by_first_day_longer_first_and_among_partial_dates() -> None:
    nvidia_q2 = ab.FiscalPeriod("nvidia", 2026, quarter=2)
    nvidia_h1 = ab.FiscalPeriod("nvidia", 2026, half=1)
    msft_q4 = ab.FiscalPeriod("microsoft", 2025, quarter=4)
    april = ab.PartialDate(2025, 4)
    q2 = ab.PartialDate(2025, quarter=2)
    ordered = sorted([nvidia_q2, april, nvidia_h1, q2, msft_q4])
    assert ordered == [nvidia_h1, q2, msft_q4, april, nvidia_q2]
    assert q2 < msft_q4
    assert msft_q4 > q2
    assert april <= nvidia_q2
    assert not nvidia_q2 <= april
    with pytest.raises(TypeError):
        _ = nvidia_q2 < datetime.date(2025, 1, 1)  # type: ignore[operator]


def test_previous_and_year_before_step_back_by_the_calendar() -> None:
    q1 = ab.FiscalPeriod("nvidia", 2026, quarter=1)
    assert q1.previous() == ab.FiscalPeriod("nvidia", 2025, quarter=4)
    assert ab.FiscalPeriod("nvidia", 2026, half=2).previous() == ab.FiscalPeriod(
        "nvidia", 2026, half=1
    )
    assert ab.FiscalPeriod("nvidia", 2026).previous() == ab.FiscalPeriod("nvidia", 2025)
    assert q1.year_before() == ab.FiscalPeriod("nvidia", 2025, quarter=1)


def test_periods_hash_compare_and_pickle_by_calendar_and_number() -> None:
    a = ab.FiscalPeriod("nvidia", 2026, quarter=2)
    b = ab.FiscalPeriod(ab.FiscalCalendar("nvidia", "last sunday of jan"), 2026, quarter=2)
    assert a == b
    assert hash(a) == hash(b)
    assert pickle.loads(pickle.dumps(a)) == a
    assert pickle.loads(pickle.dumps(a)).end == D(2025, 7, 27)


def test_html_shows_the_period_its_days_and_the_rule() -> None:
    table = ab.FiscalPeriod("apple", 2023, quarter=1)._repr_html_()
    assert "<td>98</td>" in table
    assert "53rd week in Q1" in table


# --- JSON, schema and tables ----------------------------------------------------------------


@ab.fact_kind("test_reported_period")
@attrs.frozen(kw_only=True)
class ReportedPeriod(ab.Fact):
    """A fact kind of this test with a period field of each shape."""

    period: ab.FiscalPeriod | ab.PartialDate
    until: ab.FiscalPeriod | ab.PartialDate | None = None
    fiscal: ab.FiscalPeriod | None = None


def _brief(*facts: ab.Fact) -> ab.Brief:
    return ab.Brief(sources=[ab.Source(id="s", publisher="S", title="T")], facts=list(facts))


def _fact(id: str, **fields: object) -> ReportedPeriod:
    return ReportedPeriod(id=id, citations=[ab.Citation(source="s", phrase="2분기")], **fields)


def test_periods_are_written_as_text_and_read_back_as_the_same_type() -> None:
    acme = ab.fiscal_calendar("acme", ends="last Saturday of June, 53rd week in Q1")
    brief = _brief(
        _fact(
            "a", period=ab.FiscalPeriod("nvidia", 2026, quarter=2), until=ab.PartialDate(2025, 7)
        ),
        _fact(
            "b", period=ab.PartialDate(2025, quarter=2), fiscal=ab.FiscalPeriod(acme, 2025, half=2)
        ),
    )
    facts = json.loads(brief.to_json())["facts"]
    assert facts[0]["period"] == "nvidia FY2026-Q2"
    assert facts[0]["until"] == "2025-07"
    assert facts[1]["fiscal"] == "acme FY2025-H2 (last Saturday of June, 53rd week in Q1)"
    again = ab.Brief.from_json(brief.to_json())
    assert again == brief
    assert type(again.facts[0].period) is ab.FiscalPeriod
    assert type(again.facts[1].period) is ab.PartialDate


def test_the_schema_accepts_periods_and_refuses_what_is_not_one() -> None:
    schema = ab.Brief.json_schema()
    brief = _brief(
        _fact("a", period=ab.FiscalPeriod(ab.fiscal_calendar("x", ends="June 30"), 2025))
    )
    document = json.loads(brief.to_json())
    jsonschema.validate(document, schema)
    document["facts"][0]["period"] = "FY2025 nvidia"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, schema)


def test_reading_a_bad_period_names_its_path() -> None:
    text = _brief(_fact("a", period=ab.PartialDate(2025))).to_json().replace('"2025"', '"x FY2025"')
    with pytest.raises(ab.BriefLoadError) as caught:
        ab.Brief.from_json(text)
    [problem] = caught.value.problems
    assert problem.path == "$.facts[0].period"
    assert "write the rule in parentheses" in problem.message


def test_records_give_a_period_its_first_and_last_day() -> None:
    brief = _brief(_fact("a", period=ab.FiscalPeriod("nvidia", 2026, quarter=2)))
    row = brief.to_records("test_reported_period")[0]
    assert row["period"] == "nvidia FY2026-Q2"
    assert (row["period_start"], row["period_end"]) == (D(2025, 4, 28), D(2025, 7, 27))
    assert (row["until"], row["until_start"], row["until_end"]) == (None, None, None)
    frame = brief.to_frame("test_reported_period")
    assert {"fiscal", "fiscal_start", "fiscal_end"} <= set(frame.columns)


@given(fiscal_periods())
def test_every_period_reads_back_from_its_text(period: ab.FiscalPeriod) -> None:
    assert ab.FiscalPeriod.parse(str(period)) == period
    converter = ab.make_converter()
    assert converter.structure(converter.unstructure(period), ab.FiscalPeriod) == period
