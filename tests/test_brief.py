"""Brief: every validation rule with a failing example, queries, and merging."""

from __future__ import annotations

import datetime
from typing import Any

import attrs
import pytest
from hypothesis import given, settings

import aibrief as ab
from strategies import briefs

SOURCE = ab.Source(
    id="mt",
    publisher="머니투데이",
    title="딥시크",
    language="ko",
    published=ab.PartialDate(2025, 2, 1),
)
DEEPSEEK = ab.Organization(
    id="deepseek",
    names={"en": "DeepSeek", "ko": "딥시크"},
    kind="startup",
    founded=ab.PartialDate(2023, 7),
)
NVIDIA = ab.Organization(id="nvidia", names={"en": "Nvidia"}, kind="chipmaker")
LIANG = ab.Person(id="liang-wenfeng", names={"ko": "량원펑"}, born=ab.PartialDate(1985))
R1 = ab.AIModel(id="deepseek-r1", names={"en": "DeepSeek-R1"}, developer="deepseek")


def cite(phrase: str = "…") -> list[ab.Citation]:
    return [ab.Citation(source="mt", phrase=phrase)]


RELEASE = ab.ModelRelease(
    id="r1-release",
    date=ab.PartialDate(2025, 1, 20),
    model="deepseek-r1",
    open_source=True,
    citations=cite("'딥시크-R1'을 오픈소스로 공개"),
)
DROP = ab.MarketMove(
    id="nvda-drop",
    date=ab.PartialDate(2025, 1, 27),
    security="nvidia",
    exchange="NASDAQ",
    percent_change=-17,
    related=["r1-release"],
    citations=cite("엔비디아 주가가 17% 폭락"),
)
FOUNDED = ab.Founding(
    id="deepseek-founded",
    date=ab.PartialDate(2023, 7),
    organization="deepseek",
    founders=["liang-wenfeng"],
    citations=cite("7월 항저우에 딥시크를 설립"),
)
BRIEF = ab.Brief(
    sources=[SOURCE], entities=[DEEPSEEK, NVIDIA, LIANG, R1], facts=[DROP, RELEASE, FOUNDED]
)


@pytest.mark.parametrize(
    "url",
    ["not a url", "news.mt.co.kr/article", "ftp://example.com/a", "https://", "https://a b.com"],
)
def test_a_source_url_must_be_a_web_address(url: str) -> None:
    with pytest.raises(ab.InvalidFieldError, match="is not a web address"):
        ab.Source(id="mt", publisher="MT", title="t", url=url)


def test_a_source_url_is_kept_as_given() -> None:
    url = "https://example.com/deepseek?id=1#top"
    assert ab.Source(id="mt", publisher="MT", title="t", url=url).url == url


def test_a_date_is_in_a_period() -> None:
    assert datetime.date(2025, 1, 27) in ab.PartialDate(2025, quarter=1)
    assert ab.PartialDate(2025, 3) in ab.PartialDate(2025)
    assert ab.PartialDate(2025) not in ab.PartialDate(2025, 3)


def test_a_consistent_brief_has_no_problems() -> None:
    assert BRIEF.problems() == ()
    assert BRIEF.validate() is BRIEF


def test_dangling_references_are_reported_with_their_paths() -> None:
    brief = attrs.evolve(BRIEF, entities=[DEEPSEEK, NVIDIA, LIANG])
    assert brief.problems() == (
        ab.Problem(
            "$.facts[1].model",
            "'deepseek-r1' is not the id of any entity; add it to entities or fix the id",
            "dangling_reference",
        ),
    )


def test_a_reference_to_the_wrong_section() -> None:
    move = attrs.evolve(DROP, related=["nvidia"])
    (problem,) = attrs.evolve(BRIEF, facts=[move, RELEASE, FOUNDED]).problems()
    assert problem.path == "$.facts[0].related[0]"
    assert (
        problem.message
        == "'nvidia' is the id of the entity at $.entities[1], but a fact is meant here"
    )


def test_citations_must_name_a_source() -> None:
    (problem,) = attrs.evolve(BRIEF, sources=[]).problems()[:1]
    assert problem.path == "$.facts[0].citations[0].source"
    assert problem.code == "dangling_reference"


def test_duplicate_ids_across_sections() -> None:
    clash = ab.Source(id="deepseek", publisher="x", title="y")
    brief = attrs.evolve(BRIEF, sources=[SOURCE, clash])
    assert brief.problems()[0] == ab.Problem(
        "$.entities[0].id",
        "id 'deepseek' is already used at $.sources[1]; give each record its own id",
        "duplicate_id",
    )


def test_facts_without_citations() -> None:
    uncited = ab.Milestone(id="agi", description="AGI 선언", citations=cite())
    object.__setattr__(uncited, "citations", ())  # as a trusted fast path could leave it
    (problem,) = attrs.evolve(BRIEF, facts=[uncited]).problems()
    assert (problem.path, problem.code) == ("$.facts[0].citations", "no_citation")


def test_events_before_founding_or_birth() -> None:
    early = attrs.evolve(FOUNDED, date=ab.PartialDate(2022))
    aged = ab.StatedAge(
        id="age",
        date=ab.PartialDate(1980),
        person="liang-wenfeng",
        age=40,
        citations=cite("량원펑(梁文鋒·40)"),
    )
    problems = attrs.evolve(BRIEF, facts=[early, aged]).problems()
    assert [(p.path, p.code) for p in problems] == [
        ("$.facts[0].date", "before_founding"),
        ("$.facts[1].date", "before_birth"),
    ]
    assert "before 'deepseek' was founded (2023-07)" in problems[0].message


def test_same_month_is_not_before_founding() -> None:
    # Founded "2023-07" and an event on 2023-07-01 do not certainly contradict each other.
    event = attrs.evolve(RELEASE, date=ab.PartialDate(2023, 7, 1))
    assert attrs.evolve(BRIEF, facts=[event]).problems() == ()


def test_validate_raises_with_every_problem() -> None:
    brief = attrs.evolve(BRIEF, sources=[], entities=[])
    with pytest.raises(ab.ValidationError) as caught:
        brief.validate()
    assert caught.value.problems == brief.problems()
    assert [p.path for p in caught.value.problems] == [
        "$.facts[0].citations[0].source",
        "$.facts[0].security",
        "$.facts[1].citations[0].source",
        "$.facts[1].model",
        "$.facts[2].citations[0].source",
        "$.facts[2].organization",
        "$.facts[2].founders[0]",
    ]
    assert str(caught.value).startswith(
        "7 problems in the brief:\n  $.facts[0].citations[0].source:"
    )


def test_timeline_sorts_by_partial_date() -> None:
    assert [fact.id for fact in BRIEF.timeline()] == ["deepseek-founded", "r1-release", "nvda-drop"]


def test_about_and_of_kind() -> None:
    assert BRIEF.about("deepseek") == (FOUNDED,)
    assert BRIEF.about("deepseek-r1") == (RELEASE,)
    assert BRIEF.of_kind(ab.MarketMove) == (DROP,)
    assert BRIEF.of_kind(ab.Organization) == (DEEPSEEK, NVIDIA)
    assert BRIEF.of_kind(ab.Fact) == BRIEF.facts
    assert BRIEF.of_kind("market_move") == (DROP,)
    assert BRIEF.of_kind("organization") == (DEEPSEEK, NVIDIA)


@pytest.mark.parametrize("kind", [str, 5, None])
def test_of_kind_refuses_what_is_no_kind(kind: Any) -> None:
    with pytest.raises(ab.InvalidArgumentError, match="is not a class of fact, entity or source"):
        BRIEF.of_kind(kind)
    with pytest.raises(ab.UnknownKindError, match="unknown fact kind or entity type 'drop'"):
        BRIEF.of_kind("drop")
    with pytest.raises(ab.UnknownIdError) as caught:
        BRIEF.about("deepsek")
    assert caught.value.suggestions == ("deepseek", "deepseek-r1")


def test_get_finds_any_record() -> None:
    assert BRIEF.get("mt") is SOURCE
    assert BRIEF.get("nvda-drop") is DROP
    with pytest.raises(ab.UnknownIdError, match="did you mean 'nvidia'"):
        BRIEF.get("nvidai")


def test_merge_keeps_shared_records_once() -> None:
    left = ab.Brief(sources=[SOURCE], entities=[DEEPSEEK], facts=[FOUNDED])
    right = ab.Brief(sources=[SOURCE], entities=[DEEPSEEK, LIANG], facts=[RELEASE])
    merged = left.merge(right)
    assert merged.entities == (DEEPSEEK, LIANG)
    assert merged.facts == (FOUNDED, RELEASE)


def test_merge_reports_every_conflicting_id() -> None:
    other = ab.Brief(
        sources=[attrs.evolve(SOURCE, title="다른 기사")],
        entities=[attrs.evolve(DEEPSEEK, kind="company")],
    )
    with pytest.raises(ab.MergeConflictError) as caught:
        BRIEF.merge(other)
    assert caught.value.ids == ("mt", "deepseek")


def test_repr_counts_records() -> None:
    assert repr(BRIEF) == "Brief(1 source, 4 entities, 3 facts)"


@settings(max_examples=40, deadline=None)
@given(briefs(consistent=True))
def test_generated_consistent_briefs_validate(brief: ab.Brief) -> None:
    assert brief.problems() == ()
