"""Facts of financial news: results on fiscal calendars, listings, valuations, stakes and deals.

The brief below models two short articles of our own: a Korean results article on Nvidia's
fiscal 2026 second quarter and an IPO article on a made-up AI chip start-up. It holds every new
kind, and is checked end to end: it validates, round-trips through JSON losslessly, passes its
JSON Schema, exports each kind to a frame, and its stated growth rates and total are checked.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from decimal import Decimal
from typing import Any

import attrs
import jsonschema
import pytest

import aibrief as ab
from aibrief._display.tour import timeline

RESULTS, IPO = "results-article", "ipo-article"
Q2 = ab.FiscalPeriod("nvidia", 2026, quarter=2)


def cite(source: str, phrase: str) -> list[ab.Citation]:
    return [ab.Citation(source=source, phrase=phrase)]


def result(id: str, **fields: Any) -> ab.FinancialResult:
    phrase = fields.pop("phrase")
    return ab.FinancialResult(
        id=id, company=fields.pop("company", "nvidia"), citations=cite(RESULTS, phrase), **fields
    )


def finance_brief() -> ab.Brief:
    """The two articles as a brief: every new kind, with stated changes and a total."""
    sources = [
        ab.Source(
            id=RESULTS,
            publisher="예시일보",
            title="엔비디아 2분기 실적",
            language="ko",
            published=ab.PartialDate(2025, 8, 28),
        ),
        ab.Source(
            id=IPO,
            publisher="예시일보",
            title="예시칩 상장",
            language="ko",
            published=ab.PartialDate(2025, 11, 20),
        ),
    ]
    entities = [
        ab.Organization(id="nvidia", names={"en": "Nvidia", "ko": "엔비디아"}, kind="chipmaker"),
        ab.Organization(
            id="example-chips", names={"en": "Example Chips", "ko": "예시칩"}, kind="startup"
        ),
        ab.Organization(
            id="example-ventures", names={"en": "Example Ventures"}, kind="investment_firm"
        ),
        ab.Organization(id="hkex", names={"en": "HKEX"}, kind="stock_exchange"),
    ]
    nvidia = [
        result(
            "nvda-q2-revenue",
            date=ab.PartialDate(2025, 8, 27),
            period=Q2,
            metric="revenue",
            value=ab.parse_amount("467억4300만 달러"),
            stated_equivalent=ab.parse_amount("약 65조원"),
            year_on_year=ab.parse_amount("56% 늘어"),
            quarter_on_quarter="6",
            parts=["nvda-q2-data-center", "nvda-q2-other"],
            phrase="매출은 467억4300만 달러(약 65조원)로 1년 전보다 56% 늘어",
        ),
        result(
            "nvda-q2-data-center",
            period=Q2,
            metric="segment_revenue",
            segment="Data Center",
            value=ab.parse_amount("411억 달러"),
            phrase="데이터센터 매출은 411억 달러",
        ),
        result(
            "nvda-q2-other",
            period=Q2,
            metric="segment_revenue",
            segment="Other",
            value=ab.parse_amount("56억5000만 달러"),
            phrase="나머지 사업 매출 56억5000만 달러",
        ),
        result(
            "nvda-q2-2025-revenue",
            period=Q2.year_before(),
            metric="revenue",
            value=ab.parse_amount("300억4000만 달러"),
            phrase="1년 전 300억4000만 달러",
        ),
        result(
            "nvda-q1-revenue",
            period=Q2.previous(),
            metric="revenue",
            value=ab.parse_amount("440억6200만 달러"),
            phrase="직전 분기 440억6200만 달러",
        ),
        result(
            "nvda-q2-margin",
            period=Q2,
            metric="gross_margin",
            value=ab.parse_amount("72.4%"),
            year_on_year=ab.parse_amount("2.7%포인트 하락"),
            phrase="매출총이익률은 72.4%로 2.7%포인트 하락",
        ),
        result(
            "nvda-q2-2025-margin",
            period=Q2.year_before(),
            metric="gross_margin",
            value="75.1",
            phrase="1년 전 75.1%",
        ),
        result(
            "nvda-q3-guidance",
            period=ab.FiscalPeriod("nvidia", 2026, quarter=3),
            metric="revenue",
            basis="guidance",
            value=ab.Approx(ab.Money("54000000000", "USD"), "about", tolerance="0.02"),
            phrase="3분기 매출 540억 달러(±2%) 전망",
        ),
        ab.Valuation(
            id="nvda-market-cap",
            date=ab.PartialDate(2025, 8, 27),
            company="nvidia",
            amount=ab.parse_amount("4조3000억 달러"),
            rank=1,
            ranking="global market capitalisation",
            citations=cite(RESULTS, "시가총액 4조3000억 달러로 세계 1위"),
        ),
    ]
    example_chips = [
        ab.Listing(
            id="example-chips-ipo",
            date=ab.PartialDate(2025, 11, 19),
            company="example-chips",
            exchange="HKEX",
            ticker="9999",
            status="listed",
            offer_price=ab.parse_amount("18~20홍콩달러"),
            shares_offered=ab.parse_amount("1억2000만주"),
            amount_raised=ab.parse_amount("약 23억 홍콩달러"),
            valuation=ab.parse_amount("약 300억 홍콩달러"),
            first_day_change=ab.parse_amount("41% 급등"),
            citations=cite(IPO, "공모가 18~20홍콩달러, 약 23억 홍콩달러 조달"),
        ),
        ab.Shareholding(
            id="example-chips-stake",
            date=ab.PartialDate(2025, 11),
            holder="example-ventures",
            company="example-chips",
            stake=ab.parse_amount("지분 11.5%"),
            citations=cite(IPO, "지분 11.5%를 보유한 최대 주주"),
        ),
        ab.Acquisition(
            id="example-chips-buys-lab",
            date=ab.PartialDate(2024, 3),
            acquirer="example-chips",
            target="example-ventures",
            price=ab.parse_amount("2억 달러"),
            status="completed",
            stake="60",
            citations=cite(IPO, "지분 60%를 2억 달러에 인수"),
        ),
        ab.FinancialResult(
            id="example-chips-losses",
            company="example-chips",
            period=ab.PartialDate(2021),
            through=ab.PartialDate(2024),
            metric="net_income",
            value=ab.parse_amount("약 -25억 달러"),
            parts=[
                "example-chips-loss-2021",
                "example-chips-loss-2022",
                "example-chips-loss-2023",
                "example-chips-loss-2024",
            ],
            citations=cite(IPO, "4년간 누적 적자는 약 25억 달러"),
        ),
        *[
            ab.FinancialResult(
                id=f"example-chips-loss-{year}",
                company="example-chips",
                period=ab.PartialDate(year),
                metric="net_income",
                value=ab.Money(loss, "USD"),
                citations=cite(IPO, f"{year}년 순손실"),
            )
            for year, loss in [
                (2021, "-320000000"),
                (2022, "-510000000"),
                (2023, "-780000000"),
                (2024, "-940000000"),
            ]
        ],
        ab.FinancialResult(
            id="example-chips-revenue-2024",
            company="example-chips",
            period=ab.PartialDate(2024),
            metric="revenue",
            value=ab.parse_amount("4억1000만 달러"),
            annual_growth=ab.parse_amount("51%"),
            growth_since=ab.PartialDate(2021),
            citations=cite(IPO, "매출은 3년간 연평균 51% 늘어 4억1000만 달러"),
        ),
        ab.FinancialResult(
            id="example-chips-revenue-2021",
            company="example-chips",
            period=ab.PartialDate(2021),
            metric="revenue",
            value=ab.parse_amount("1억2000만 달러"),
            citations=cite(IPO, "2021년 매출 1억2000만 달러"),
        ),
    ]
    return ab.Brief(sources=sources, entities=entities, facts=[*nvidia, *example_chips])


BRIEF = finance_brief()
NEW_KINDS = ["financial_result", "listing", "valuation", "shareholding", "acquisition"]


# --- Done when: the brief validates, round-trips, passes its schema, exports and checks ------


def test_the_brief_holds_every_new_kind_and_validates() -> None:
    assert {fact.kind for fact in BRIEF.facts} == set(NEW_KINDS)
    assert BRIEF.validate() is BRIEF


def test_the_brief_round_trips_through_json_losslessly() -> None:
    text = BRIEF.to_json(indent=2)
    again = ab.Brief.from_json(text)
    assert again == BRIEF
    assert again.to_json(indent=2) == text
    revenue = again.get("nvda-q2-revenue")
    assert isinstance(revenue, ab.FinancialResult)
    assert revenue.period == Q2
    assert (revenue.period.start.isoformat(), revenue.period.end.isoformat()) == (
        "2025-04-28",
        "2025-07-27",
    )
    facts = json.loads(text)["facts"]
    assert facts[0]["period"] == "nvidia FY2026-Q2"
    assert facts[0]["value"] == {"amount": "46743000000", "currency": "USD"}


def test_the_brief_passes_its_json_schema_and_the_schema_catches_a_bad_metric() -> None:
    schema = ab.Brief.json_schema()
    document = json.loads(BRIEF.to_json())
    jsonschema.validate(document, schema)
    document["facts"][0]["metric"] = "ebitda"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, schema)


@pytest.mark.parametrize("kind", NEW_KINDS)
def test_each_new_kind_exports_to_a_frame(kind: str) -> None:
    frame = BRIEF.to_frame(kind)
    assert len(frame) == len(BRIEF.of_kind(kind))
    assert list(frame.columns) == list(BRIEF.to_frame(kind).columns)


def test_a_results_frame_has_periods_as_days_and_amounts_split() -> None:
    frame = BRIEF.to_frame("financial_result").set_index("id")
    row = frame.loc["nvda-q2-revenue"]
    assert row["period"] == "nvidia FY2026-Q2"
    assert (str(row["period_start"].date()), str(row["period_end"].date())) == (
        "2025-04-28",
        "2025-07-27",
    )
    assert (row["value"], row["value_currency"], row["year_on_year"]) == (
        Decimal("46743000000"),
        "USD",
        Decimal("56"),
    )
    listing = BRIEF.to_records("listing")[0]
    assert (listing["offer_price_low"], listing["offer_price_high"]) == (Decimal(18), Decimal(20))
    assert listing["offer_price_currency"] == "HKD"


def test_the_stated_growth_rates_and_total_are_checked_and_consistent() -> None:
    checks = [check for check in ab.check_claims(BRIEF) if check.kind in ("growth", "total")]
    assert {check.verdict for check in checks} == {"consistent"}
    assert sorted((check.fact, check.kind) for check in checks) == [
        ("example-chips-losses", "total"),
        ("example-chips-revenue-2024", "growth"),
        ("nvda-q2-margin", "growth"),
        ("nvda-q2-revenue", "growth"),
        ("nvda-q2-revenue", "growth"),
        ("nvda-q2-revenue", "total"),
    ]


def test_a_year_on_year_check_grows_the_earlier_figure_at_the_stated_rate() -> None:
    [yoy, qoq] = [
        c for c in ab.check_claims(BRIEF) if c.fact == "nvda-q2-revenue" and c.kind == "growth"
    ]
    assert yoy.implied == ab.Money("46862400000.00", "USD")  # 300억4000만 × 1.56
    assert yoy.reference == ab.Money("46743000000", "USD")
    assert yoy.on == Q2
    assert yoy.explain("en") == (
        "At the stated +56% year on year from 30,040,000,000 USD in FY2025 Q2, the figure would "
        "be 46,862,400,000 USD; it is 0.26% above the brief's 46,743,000,000 USD, within the "
        "tolerance of ±0.34%."
    )
    assert "2025 회계연도 2분기" in yoy.explain("ko")
    assert qoq.implied == ab.Money("46705720000.00", "USD")  # 440억6200만 × 1.06


def test_the_total_of_four_years_of_losses_is_their_sum() -> None:
    [total] = [
        c for c in ab.check_claims(BRIEF) if c.kind == "total" and c.subject == "example-chips"
    ]
    assert total.implied == ab.Money("-2550000000", "USD")
    assert total.reference == ab.Money("-2500000000", "USD")
    assert total.deviation == Decimal("0.01960784313725490196078431372549020")  # above the sum
    assert "4 figures" in total.explain("en")


def test_a_wrong_growth_rate_and_a_wrong_total_are_inconsistent() -> None:
    facts = []
    for fact in BRIEF.facts:
        if fact.id == "nvda-q2-revenue":
            fact = attrs.evolve(fact, year_on_year="65")
        elif fact.id == "example-chips-losses":
            fact = attrs.evolve(fact, value=ab.Approx(ab.Money("-3500000000", "USD"), "about"))
        facts.append(fact)
    checks = ab.check_claims(attrs.evolve(BRIEF, facts=facts))
    wrong = {(c.fact, c.kind) for c in checks if c.verdict == "inconsistent"}
    assert wrong == {("nvda-q2-revenue", "growth"), ("example-chips-losses", "total")}


def test_a_change_without_its_earlier_figure_is_unverifiable_and_says_which() -> None:
    facts = [fact for fact in BRIEF.facts if fact.id != "nvda-q1-revenue"]
    checks = ab.check_claims(attrs.evolve(BRIEF, facts=facts))
    [qoq] = [c for c in checks if c.verdict == "unverifiable" and c.kind == "growth"]
    assert qoq.explain("en") == (
        "The stated +6% on the quarter cannot be checked: the brief holds no revenue of nvidia "
        "for FY2026 Q1."
    )


def test_the_tour_summarises_every_new_kind_in_three_languages() -> None:
    for lang, words in [
        (
            "en",
            ["revenue for FY2026 Q2", "listed on HKEX", "market value", "holds 11.5%", "bought"],
        ),
        ("ko", ["2026 회계연도 2분기 매출", "상장", "시가총액", "지분 11.5%", "인수 완료"]),
        ("zh", ["2026财年第2季度营收", "上市", "市值", "持有", "完成收购"]),
    ]:
        summaries = " | ".join(entry.summary for entry in timeline(BRIEF, lang=lang))  # type: ignore[arg-type]
        for word in words:
            assert word in summaries, (lang, word)


def test_the_brief_shows_as_well_formed_html() -> None:
    table = ET.fromstring(BRIEF._repr_html_())
    kinds = {row[1].text for row in table.iter("tr") if len(row) > 1}
    assert set(NEW_KINDS) <= kinds


# --- The kinds' own rules -----------------------------------------------------------------


def test_a_result_needs_a_figure_that_fits_its_metric() -> None:
    with pytest.raises(ab.FieldTypeError, match=r"^value Money.* is not a percentage"):
        result("m", period=Q2, metric="operating_margin", value=ab.Money("1", "USD"), phrase="p")
    with pytest.raises(ab.FieldTypeError, match=r"^value Decimal\('72.4'\) is not an amount"):
        result("m", period=Q2, metric="revenue", value=Decimal("72.4"), phrase="p")
    margin = result(
        "m",
        period=Q2,
        metric="net_margin",
        value=ab.Q_("55.8", "percent"),
        year_on_year=ab.Q_(50, "basis_point"),
        phrase="p",
    )
    assert (margin.value, margin.year_on_year) == (Decimal("55.8"), Decimal("0.50"))
    with pytest.raises(ab.FieldTypeError, match="is not a change in percentage points"):
        result(
            "m",
            period=Q2,
            metric="net_margin",
            value="55.8",
            year_on_year=ab.Q_(3, "percent"),
            phrase="p",
        )


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"metric": "segment_revenue"}, "a segment is named with the metric 'segment_revenue'"),
        ({"metric": "revenue", "segment": "Gaming"}, "only with it"),
        (
            {"metric": "revenue", "annual_growth": "48"},
            "annual_growth and growth_since go together",
        ),
        ({"metric": "revenue", "through": ab.FiscalPeriod("nvidia", 2025)}, "starts before period"),
        ({"metric": "revenue", "period": ab.PartialDate(2025), "basis": "forecast"}, "basis"),
    ],
)
def test_a_result_refuses_fields_that_do_not_go_together(
    fields: dict[str, Any], message: str
) -> None:
    fields = {"period": Q2, "value": ab.Money("1", "USD"), **fields}
    with pytest.raises(ab.InvalidFieldError, match=message):
        result("r", phrase="p", **fields)


def test_a_result_period_is_a_fiscal_period_or_a_partial_date() -> None:
    with pytest.raises(ab.FieldTypeError, match=r"is not a period; pass ab\.FiscalPeriod"):
        result("r", period="2025-Q2", metric="revenue", value=ab.Money("1", "USD"), phrase="p")


def test_a_shareholding_states_a_stake_or_shares() -> None:
    with pytest.raises(ab.InvalidFieldError, match="states no stake"):
        ab.Shareholding(id="s", holder="a", company="b", citations=cite(IPO, "p"))
    shares = ab.Shareholding(
        id="s", holder="a", company="b", shares=ab.Q_(5, "share"), citations=cite(IPO, "p")
    )
    assert shares.shares == Decimal(5)


def test_ranks_and_statuses_are_checked() -> None:
    with pytest.raises(ab.InvalidFieldError, match="is not a rank"):
        ab.Valuation(
            id="v", company="a", amount=ab.Money("1", "USD"), rank=0, citations=cite(IPO, "p")
        )
    with pytest.raises(ab.InvalidFieldError, match="status"):
        ab.Acquisition(
            id="d", acquirer="a", target="b", status="rumoured", citations=cite(IPO, "p")
        )  # type: ignore[arg-type]
    with pytest.raises(ab.FieldTypeError, match=r"offer_price .* pass ab.Money\('18', 'USD'\)"):
        ab.Listing(id="l", company="a", exchange="HKEX", offer_price="18", citations=cite(IPO, "p"))  # type: ignore[arg-type]


def test_changes_of_calendar_quarters_and_years_are_checked_too() -> None:
    revenue = [
        result(
            "q2",
            period=ab.PartialDate(2025, quarter=2),
            metric="revenue",
            company="samsung",
            value=ab.Money("74600000000000", "KRW"),
            quarter_on_quarter="-6",
            year_on_year="0.7",
            phrase="매출 74조6000억원, 전 분기 대비 6% 감소",
        ),
        result(
            "q1",
            period=ab.PartialDate(2025, quarter=1),
            metric="revenue",
            company="samsung",
            value=ab.Money("79100000000000", "KRW"),
            phrase="79조1000억원",
        ),
        result(
            "q2-2024",
            period=ab.PartialDate(2024, quarter=2),
            metric="revenue",
            company="samsung",
            value=ab.Money("74100000000000", "KRW"),
            phrase="74조1000억원",
        ),
    ]
    checks = ab.check_claims(ab.Brief(facts=revenue))
    assert [(c.fact, c.kind, c.verdict) for c in checks] == [
        ("q2", "growth", "consistent"),
        ("q2", "growth", "consistent"),
    ]


def test_a_growth_check_across_currencies_is_unverifiable() -> None:
    facts = [
        result(
            "now",
            period=ab.PartialDate(2025),
            metric="revenue",
            value=ab.Money("10", "USD"),
            year_on_year="10",
            phrase="10% 증가",
        ),
        result(
            "then",
            period=ab.PartialDate(2024),
            metric="revenue",
            value=ab.Money("9", "EUR"),
            phrase="9유로",
        ),
    ]
    [check] = ab.check_claims(ab.Brief(facts=facts))
    assert check.verdict == "unverifiable"
    assert "another currency" in check.explain("en")


def test_every_built_in_kind_has_tour_words() -> None:
    from aibrief._display.tour import _LABELS, _SUMMARIES

    built_in = {
        tag for tag, cls in ab.fact_kinds().items() if cls.__module__.startswith("aibrief.")
    }
    assert built_in <= set(_LABELS)
    assert built_in <= set(_SUMMARIES)


def test_a_result_stated_against_the_consensus_is_checked_against_it() -> None:
    def beat(by: str) -> ab.FinancialResult:
        return result(
            "beat",
            period=Q2,
            metric="revenue",
            value=ab.parse_amount("467억4300만 달러"),
            consensus=ab.parse_amount("460억 달러"),
            versus_consensus=by,
            phrase="시장 예상치 460억 달러를 1.6% 웃돌았다",
        )

    [check] = ab.check_claims(ab.Brief(facts=[beat("1.6")]))
    assert (check.kind, check.verdict, check.implied) == (
        "growth",
        "consistent",
        ab.Money("46736000000.0", "USD"),
    )
    assert check.explain("en").startswith(
        "At the stated +1.6% over the consensus from 46,000,000,000 USD, the figure would be"
    )
    [wrong] = ab.check_claims(ab.Brief(facts=[beat("5")]))
    assert wrong.verdict == "inconsistent"
    summary = timeline(ab.Brief(facts=[beat("1.6")]), lang="en")[0].summary
    assert "(consensus $46 billion)" in summary
