"""Facts: citations, amounts with stated equivalents, ratios, and user-defined kinds."""

from __future__ import annotations

import json
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs
import pytest

import aibrief as ab

CITE = [ab.Citation(source="mt", phrase="557만6000달러(약 80억원)")]


def test_development_cost_holds_the_stated_won_equivalent() -> None:
    cost = ab.DevelopmentCost(
        id="v3-cost",
        model=None,
        developer="deepseek",
        amount=ab.Money("5576000", "USD"),
        stated_equivalent=ab.Approx(ab.Money("8000000000", "KRW"), "about"),
        hardware=["nvidia-h800"],
        comparisons=[ab.Comparison("chatgpt", "0.056")],
        citations=CITE,
    )
    assert cost.comparisons[0].ratio == Fraction(7, 125)
    assert cost.involved == ("deepseek", "nvidia-h800", "chatgpt")
    assert cost.kind == "development_cost"


def test_price_setting_with_ratios_to_other_models() -> None:
    price = ab.PriceSetting(
        id="v2-price",
        date=ab.PartialDate(2024, 5),
        model="deepseek-v2",
        price=ab.Money("1", "CNY"),
        per=ab.Q_(1_000_000, "token"),
        stated_equivalent=ab.Money("200", "KRW"),
        direction="cut",
        comparisons=[ab.Comparison("llama-3", "1/7"), ab.Comparison("gpt-4-turbo", "1/70")],
        citations=[ab.Citation(source="mt", phrase="100만토큰당 1위안(200원)")],
    )
    assert [c.ratio for c in price.comparisons] == [Fraction(1, 7), Fraction(1, 70)]
    assert price.per == ab.Q_(1_000_000, "token")


def test_every_fact_needs_a_citation() -> None:
    with pytest.raises(ValueError, match="has no citation"):
        ab.ModelRelease(id="r1", model="deepseek-r1", citations=[])


def test_amounts_must_be_money() -> None:
    not_money: list[Any] = [Decimal("1e10"), ab.Approx(10, "over")]
    for amount in not_money:
        with pytest.raises(TypeError, match="not an amount of money"):
            ab.AssetsUnderManagement(id="aum", fund="high-flyer", amount=amount, citations=CITE)


def test_numbers_convert_ints_and_refuse_floats() -> None:
    move = ab.MarketMove(
        id="m", security="nvidia", exchange="NASDAQ", percent_change=-17, citations=CITE
    )
    assert move.percent_change == Decimal("-17")
    a_float: Any = -17.0
    with pytest.raises(ab.AmountTypeError):
        ab.MarketMove(
            id="m", security="nvidia", exchange="NASDAQ", percent_change=a_float, citations=CITE
        )


def test_numbers_refuse_approximate_money_naming_the_field() -> None:
    money: Any = ab.Approx(ab.Money("10", "USD"), "about")
    with pytest.raises(ab.FieldTypeError, match=r"^percent_change Approx\(Money"):
        ab.MarketMove(
            id="m", security="nvidia", exchange="NASDAQ", percent_change=money, citations=CITE
        )
    with pytest.raises(ab.FieldTypeError, match=r"^score Approx\(Money"):
        ab.PerformanceComparison(
            id="p", compared_to=["gpt-4o"], relation="comparable", score=money, citations=CITE
        )
    with pytest.raises(ab.InvalidAmountError, match=r"^count 'ten' is not a number"):
        ab.ComputeHolding(
            id="h", organization="deepseek", hardware="nvidia-a100", count="ten", citations=CITE
        )
    relation = ab.PerformanceComparison(
        id="p", compared_to=["gpt-4o"], relation="comparable", score="88.5", citations=CITE
    )
    assert relation.score == Decimal("88.5")


def test_comparisons_hold_comparison_objects() -> None:
    ratio: Any = ("llama-3", "1/7")
    with pytest.raises(ab.FieldTypeError, match=r"^comparisons\[1\] \('llama-3', '1/7'\)"):
        ab.PriceSetting(
            id="price",
            model="deepseek-v3",
            price=ab.Money("1", "CNY"),
            comparisons=[ab.Comparison("gpt-4-turbo", "1/70"), ratio],
            citations=CITE,
        )


@pytest.mark.parametrize(
    ("text", "expected"), [("1/7", Fraction(1, 7)), ("0.056", Fraction(7, 125)), (3, Fraction(3))]
)
def test_ratios_are_exact(text: str | int, expected: Fraction) -> None:
    assert ab.Comparison("x", text).ratio == expected


@pytest.mark.parametrize("bad", [0.5, "a/b", "1/0", True])
def test_bad_ratios(bad: object) -> None:
    with pytest.raises((ValueError, TypeError)):
        ab.Comparison("x", bad)  # type: ignore[arg-type]


def test_statistic_from_the_kistep_survey() -> None:
    researchers = ab.Statistic(
        id="cn-ai-researchers",
        date=ab.PartialDate(2024, 8),
        metric="ai_researchers",
        country="CN",
        value=ab.Approx(ab.Q_(411_000, "person"), "over"),
        period_end=ab.PartialDate(2023, 12),
        rank=1,
        published_by="kistep",
        report="국가전략기술 R&D 인력 실태조사",
        citations=[ab.Citation(source="mt", phrase="AI 연구자 41만1000여 명")],
    )
    assert researchers.involved == ("kistep",)
    assert isinstance(researchers.value, ab.Approx)
    assert researchers.value.contains(ab.Q_(411_500, "person"))


def test_market_move_links_related_facts() -> None:
    move = ab.MarketMove(
        id="hynix-drop",
        date=ab.PartialDate(2025, 1, 31),
        security="sk-hynix",
        exchange="KRX",
        market="KOSPI",
        percent_change=ab.Approx(-10, "nearly"),
        context="first trading day after the Lunar New Year holiday",
        related=["v3-cost"],
        citations=[ab.Citation(source="mt", phrase="SK하이닉스가 10% 가까이 급락")],
    )
    assert list(move.related_facts()) == ["v3-cost"]
    assert move.involved == ("sk-hynix",)


def test_users_add_fact_kinds_without_editing_aibrief() -> None:
    @ab.fact_kind("test_acquisition")
    @attrs.frozen(kw_only=True)
    class Acquisition(ab.Fact):
        buyer: str = attrs.field(metadata=ab.ENTITY_REF)
        target: str = attrs.field(metadata=ab.ENTITY_REF)
        price: ab.Money | None = None

    deal = Acquisition(
        id="deal",
        buyer="nvidia",
        target="run-ai",
        price=ab.Money("700000000", "USD"),
        citations=CITE,
    )
    assert ab.fact_kinds()["test_acquisition"] is Acquisition
    brief = ab.Brief(sources=[ab.Source(id="mt", publisher="MT", title="t")], facts=[deal])
    assert [p.path for p in brief.problems()] == ["$.facts[0].buyer", "$.facts[0].target"]
    text = brief.to_json()
    assert json.loads(text)["facts"][0]["kind"] == "test_acquisition"
    assert ab.Brief.from_json(text, validate=False) == brief
    schema = ab.Brief.json_schema()
    kinds = [kind["$ref"] for kind in schema["properties"]["facts"]["items"]["oneOf"]]
    # Named like the built-in Acquisition, its definition gets a name of its own.
    [own] = [ref for ref in kinds if ref.endswith("_locals_.Acquisition")]
    assert "buyer" in schema["$defs"][own.removeprefix("#/$defs/")]["properties"]
    assert "acquirer" in schema["$defs"]["Acquisition"]["properties"]
    assert brief.to_records("test_acquisition")[0]["price_currency"] == "USD"


def test_unknown_kind_tags_are_refused() -> None:
    with pytest.raises(ValueError, match="snake_case"):
        ab.fact_kind("Market Move")
