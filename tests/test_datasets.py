"""aibrief.datasets: the built-in DeepSeek brief, its file and its fidelity to the article."""

from __future__ import annotations

import json
import runpy
from decimal import Decimal
from pathlib import Path

import jsonschema  # type: ignore[import-untyped]
import pytest

import aibrief as ab
from aibrief.datasets import deepseek

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "build_deepseek_dataset.py"
DATA = ROOT / "src" / "aibrief" / "_data" / "deepseek.json"
SEED = ROOT.parent / "shared" / "seed" / "000_36fbed4ef32e43c3.txt"


def test_the_brief_is_loaded_once_and_valid() -> None:
    brief = deepseek()
    assert brief is deepseek()
    assert brief.problems() == ()
    assert repr(brief) == "Brief(1 source, 35 entities, 37 facts)"


def test_the_file_matches_the_build_script() -> None:
    """The committed JSON is exactly what the script writes: regenerate it after any change."""
    build = runpy.run_path(str(SCRIPT))["build"]
    assert build().to_json(indent=2) + "\n" == DATA.read_text(encoding="utf-8")
    assert build() == deepseek()


def test_the_file_validates_against_the_json_schema() -> None:
    jsonschema.validate(json.loads(DATA.read_bytes()), ab.Brief.json_schema())


def test_the_brief_round_trips_through_json() -> None:
    assert ab.Brief.from_json(deepseek().to_json()) == deepseek()


def test_the_source_records_only_what_the_file_supports() -> None:
    [source] = deepseek().sources
    assert (source.publisher, source.author, source.language, source.url) == (
        "머니투데이",
        "김재현",
        "ko",
        None,
    )
    assert source.published == ab.PartialDate(2025, 1, 31)


@pytest.mark.parametrize(
    ("words", "fact", "date"),
    [
        ("지난 27일", "nvidia-drop", ab.PartialDate(2025, 1, 27)),
        ("지난 20일", "deepseek-r1-release", ab.PartialDate(2025, 1, 20)),
        ("지난해 5월", "deepseek-v2-price-cut", ab.PartialDate(2024, 5)),
        ("지난해 7월", "liang-an-yong-interview", ab.PartialDate(2024, 7)),
        ("지난해 8월", "ai-researchers-cn", ab.PartialDate(2024, 8)),
    ],
)
def test_relative_dates_resolve_against_the_publication_date(
    words: str, fact: str, date: ab.PartialDate
) -> None:
    published = deepseek().sources[0].published
    assert published is not None
    assert ab.parse_date(words, reference=published) == date
    assert deepseek().get(fact).date == date  # type: ignore[union-attr]


def test_key_figures_are_exact() -> None:
    brief = deepseek()
    cost = brief.get("deepseek-model-cost")
    assert isinstance(cost, ab.DevelopmentCost)
    assert cost.amount == ab.Money("5576000", "USD")
    about: object = ab.Approx(ab.Money("8000000000", "KRW"), "about")
    assert cost.stated_equivalent == about
    assert cost.comparisons == (ab.Comparison("chatgpt", "0.056"),)
    assert cost.hardware == ("nvidia-h800",)
    price = brief.get("deepseek-v2-price-cut")
    assert isinstance(price, ab.PriceSetting)
    assert (price.price, price.stated_equivalent) == (ab.Money("1", "CNY"), ab.Money("200", "KRW"))
    assert [str(c.ratio) for c in price.comparisons] == ["1/7", "1/70"]
    nvidia = brief.get("nvidia-drop")
    assert isinstance(nvidia, ab.MarketMove)
    assert nvidia.percent_change == Decimal("-17")
    hynix = brief.get("sk-hynix-drop")
    assert isinstance(hynix, ab.MarketMove)
    assert hynix.percent_change == ab.Approx(Decimal("-10"), "nearly")
    holding = brief.get("deepseek-a100-holding")
    assert isinstance(holding, ab.ComputeHolding)
    assert holding.count == ab.Approx(10000, "at_least")  # "1만개 이상": 10,000 or more


def test_people_and_names() -> None:
    brief = deepseek()
    liang = brief.get("liang-wenfeng")
    assert isinstance(liang, ab.Person)
    assert (liang.names["ko"], liang.names["zh-Hant"], liang.names["en"]) == (
        "량원펑",
        "梁文鋒",
        "Liang Wenfeng",
    )
    assert liang.born == ab.PartialDate(1985)
    assert liang.birthplace == ab.Place(
        city="Zhanjiang",
        city_in={"ko": "잔장", "zh-Hans": "湛江"},
        region="Guangdong",
        country="CN",
    )
    master = liang.education[1]
    assert (master.degree, master.start, master.end) == (
        "master",
        ab.PartialDate(2007),
        ab.PartialDate(2010),
    )
    # The ages the article states agree with a birth in 1985.
    for fact in brief.of_kind(ab.StatedAge):
        if fact.person == "liang-wenfeng":
            assert fact.date is not None
            assert liang.born is not None
            ages = liang.born.age_on(fact.date)
            assert ages.youngest <= fact.age <= ages.oldest
    assert brief.get("high-flyer").names.matches("환팡")  # type: ignore[union-attr]
    assert brief.get("an-yong").parent == "36kr"  # type: ignore[union-attr]


def test_citations_are_short_phrases_of_the_article() -> None:
    """Facts keep a few words each, never a sentence (the article may not be redistributed)."""
    article = SEED.read_text(encoding="utf-8") if SEED.exists() else None
    for fact in deepseek().facts:
        for citation in fact.citations:
            assert len(citation.phrase) <= 50, citation.phrase
            if article is not None:
                assert citation.phrase in article, citation.phrase


def test_every_stated_equivalence_reads_as_its_typed_figures() -> None:
    checks = [c for c in ab.check_claims(deepseek()) if c.kind == "equivalence"]
    assert {c.phrase for c in checks} == {
        "557만6000달러(약 80억원)",
        "100억위안(약 2조원)을 돌파",
        "1000억위안(약 20조원)을 넘어섰다",
        "100만토큰당 1위안(200원)",
        "1000만위안(약 20억원)에 달하는 연봉",
    }
    assert {c.phrase_agrees for c in checks} == {True}
