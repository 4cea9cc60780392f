"""The tour in the reader's language: no English sentence in ``aibrief tour --lang ko`` or ``zh``."""

from __future__ import annotations

import re
import unicodedata

import pytest

import aibrief as ab
from aibrief._cli.main import main
from aibrief._core.types import Lang

# A word in the Latin script: letters, with the apostrophes, dots and hyphens names hold.
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'’.\-]*")
# Unit words that Chinese tech news writes in Latin letters, as aibrief's Chinese does ("token").
_LATIN_UNITS = frozenset({"token"})


def tour(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["tour", *argv]) == 0
    return capsys.readouterr().out


def english_words(text: str) -> list[str]:
    """Latin-script words that are neither names nor codes: those start lower-case and hold
    no digit (``DeepSeek-R1``, ``NASDAQ``, ``H800`` and ``ChatGPT`` are fine; ``the`` is not)."""
    return [
        word
        for word in _LATIN_WORD.findall(text)
        if word[0].islower()
        and not any(char.isdigit() for char in word)
        and word not in _LATIN_UNITS
    ]


def scripts(text: str) -> set[str]:
    """The scripts of the letters in ``text``, by the first word of their Unicode names."""
    return {unicodedata.name(char).split()[0] for char in text if char.isalpha()}


@pytest.mark.parametrize("lang", ["ko", "zh"])
@pytest.mark.parametrize("currency", [[], ["--currency", "USD"], ["--currency", "KRW"]])
def test_the_tour_in_korean_or_chinese_has_no_english_sentence(
    lang: str, currency: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    out = tour(["--lang", lang, *currency, "--width", "200"], capsys)
    assert english_words(out) == []
    # Names run to two Latin words ("Mistral AI", "GPT-4 Turbo"); a third is a sentence.
    assert re.findall(r"(?:[A-Za-z][A-Za-z0-9'’.\-]*[ ]){2}[A-Za-z]", out) == []


@pytest.mark.parametrize(("lang", "script"), [("ko", "HANGUL"), ("zh", "CJK")])
def test_every_summary_of_the_tour_is_in_the_readers_script(lang: Lang, script: str) -> None:
    from aibrief._display.tour import timeline

    for entry in timeline(ab.datasets.deepseek(), lang=lang, currency="USD"):
        assert script in scripts(entry.summary), entry
        assert english_words(entry.summary) == [], entry


def test_the_english_tour_keeps_the_words_as_written(capsys: pytest.CaptureFixture[str]) -> None:
    out = tour(["--width", "200"], capsys)
    assert (
        "2023        milestone       Liang Wenfeng declared the goal of developing artificial general intelligence (AGI)"
        in out
    )
    assert (
        "2024-08     statistic       China: AI researchers more than 411,000 people, rank 1" in out
    )


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("ko", "2023        주요 사건    량원펑, 범용 인공지능(AGI) 개발을 목표로 내걸어"),
        ("zh", "2023        大事      梁文锋宣布以研发通用人工智能（AGI）为目标"),
        ("ko", "2023-07     설립         딥시크 설립 (항저우; 창업자 량원펑)"),
        ("zh", "2023-07     成立      梁文锋创立深度求索（杭州）"),
        ("ko", "2024-08     통계         중국: AI 연구 인력 41만1000여 명, 1위"),
        ("zh", "2024-08     统计      中国：AI研究人员逾41.1万人，排名第1"),
        ("zh", "日期不详    供应      SK海力士向英伟达供应高带宽内存（HBM）"),
        ("zh", "2024-05     定价      DeepSeek-V2降价：1元/100万token（200韩元）"),
    ],
)
def test_the_tour_uses_the_briefs_translations(
    lang: str, line: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert line in tour(["--lang", lang, "--width", "200"], capsys).splitlines()


def test_the_claim_table_names_the_metric_in_the_readers_language(
    capsys: pytest.CaptureFixture[str],
) -> None:
    ko = tour(["--lang", "ko", "--width", "200"], capsys)
    assert "중국의 'AI 연구 인력' 1위는 기사 수치와 맞습니다" in ko
    zh = tour(["--lang", "zh", "--width", "200"], capsys)
    assert "中国的“AI论文发表数量”排名第1，与所列数字一致。" in zh


def test_every_word_of_the_dataset_a_tour_shows_has_korean_and_chinese() -> None:
    """The dataset's own words (descriptions, metrics, cities, products) in both languages."""
    brief = ab.datasets.deepseek()
    worded = [(fact.description, fact.description_in) for fact in brief.of_kind(ab.Milestone)] + [
        (fact.metric, fact.metric_in) for fact in brief.of_kind(ab.Statistic)
    ]
    worded += [(fact.product, fact.product_in) for fact in brief.of_kind(ab.Supply)]
    worded += [
        (fact.place.city, fact.place.city_in)
        for fact in brief.of_kind(ab.Founding)
        if fact.place is not None and fact.place.city
    ]
    assert len(worded) == 7 + 8 + 1 + 1
    for text, translations in worded:
        assert translations is not None, text
        assert set(translations.languages) == {"ko", "zh-Hans"}, text
