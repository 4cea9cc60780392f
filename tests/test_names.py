"""Names per language tag, aliases, and lookup by locale with babel's fallbacks."""

from __future__ import annotations

import re

import pytest
from hypothesis import given

import aibrief as ab
from strategies import names

HIGH_FLYER = ab.Names(
    {"en": "High-Flyer", "zh-Hans": "幻方", "ko": "하이플라이어"},
    aliases={"en": ["High Flyer"], "ko": ["환팡"]},
)


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("zh_CN", "幻方"),
        ("zh-Hans-CN", "幻方"),
        ("zh", "幻方"),
        ("ko_KR", "하이플라이어"),
        ("ko", "하이플라이어"),
        ("en_US", "High-Flyer"),
        ("en-GB", "High-Flyer"),
    ],
)
def test_name_in_falls_back_through_babel_locales(locale: str, expected: str) -> None:
    assert HIGH_FLYER.name_in(locale) == expected


def test_name_in_accepts_a_babel_locale() -> None:
    from babel import Locale

    assert HIGH_FLYER.name_in(Locale.parse("zh_CN")) == "幻方"


def test_traditional_chinese_is_not_taken_for_simplified() -> None:
    liang = ab.Names({"zh-Hant": "梁文鋒", "en": "Liang Wenfeng"})
    assert liang.name_in("zh_TW") == "梁文鋒"
    with pytest.raises(ab.NameNotFoundError) as caught:
        liang.name_in("zh_CN")
    assert caught.value.available == ("en", "zh-Hant")
    assert caught.value.locale == "zh_CN"


def test_no_silent_default_language_but_an_explicit_fallback() -> None:
    with pytest.raises(ab.NameNotFoundError):
        HIGH_FLYER.name_in("fr")
    assert HIGH_FLYER.name_in("fr", fallback=["de", "en"]) == "High-Flyer"


def test_aliases_and_matching() -> None:
    assert HIGH_FLYER.alias_map() == {"en": ["High Flyer"], "ko": ["환팡"]}
    assert HIGH_FLYER.all() == ("High-Flyer", "하이플라이어", "幻方", "High Flyer", "환팡")
    assert HIGH_FLYER.matches(" high flyer")
    assert not HIGH_FLYER.matches("DeepSeek")


def test_exact_tag_lookup_and_languages() -> None:
    assert HIGH_FLYER["zh-Hans"] == "幻方"
    assert HIGH_FLYER.languages == ("en", "ko", "zh-Hans")
    assert list(HIGH_FLYER) == ["en", "ko", "zh-Hans"]
    with pytest.raises(ab.NameNotFoundError):
        HIGH_FLYER["zh"]


def test_names_are_immutable_hashable_and_order_free() -> None:
    a = ab.Names({"en": "DeepSeek", "ko": "딥시크"})
    b = ab.Names({"ko": "딥시크", "en": "DeepSeek"})
    assert a == b
    assert hash(a) == hash(b)
    assert repr(a) == "Names({'en': 'DeepSeek', 'ko': '딥시크'})"


@pytest.mark.parametrize(
    ("primary", "aliases"),
    [
        ({}, {}),
        ({"english": "DeepSeek"}, {}),
        ({"en": "  "}, {}),
        ({"en": "DeepSeek"}, {"ko": "딥식"}),  # a string, not a list of aliases
    ],
)
def test_bad_names_are_refused(primary: dict[str, str], aliases: dict[str, object]) -> None:
    with pytest.raises((ValueError, TypeError)):
        ab.Names(primary, aliases=aliases)  # type: ignore[arg-type]


@given(names)
def test_names_round_trip_through_the_converter(value: ab.Names) -> None:
    converter = ab.make_converter()
    assert converter.structure(converter.unstructure(value), ab.Names) == value


# --- Translations: a fact's own words in other languages -------------------------------------

CITY = ab.Translations({"ko": "항저우", "zh-Hans": "杭州"})


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("zh", "杭州"), ("zh_CN", "杭州"), ("zh-Hans", "杭州"), ("ko_KR", "항저우"), ("en", None)],
)
def test_translations_are_found_by_locale_as_names_are(locale: str, expected: str | None) -> None:
    assert CITY.text_in(locale) == expected


def test_in_language_falls_back_to_the_words_as_written() -> None:
    from aibrief._models.names import in_language

    assert in_language("Hangzhou", CITY, "ko") == "항저우"
    assert in_language("Hangzhou", CITY, "en") == "Hangzhou"
    assert in_language("Hangzhou", None, "zh") == "Hangzhou"


@pytest.mark.parametrize(
    ("texts", "message"),
    [
        ({}, "at least one language"),
        ({"ko": "  "}, "texts['ko'] '  ' is empty or not text"),
        ({"Korean": "항저우"}, "'Korean'"),
        ([("ko", "a"), ("ko", "b")], "two texts for one language tag"),
    ],
)
def test_translations_refuse_what_is_not_a_text_per_language(texts: object, message: str) -> None:
    with pytest.raises(ab.InvalidFieldError, match=re.escape(message)):
        ab.Translations(texts)  # type: ignore[arg-type]


def test_a_field_of_translations_takes_a_dict_and_refuses_a_string() -> None:
    place = ab.Place(city="Hangzhou", city_in={"ko": "항저우"})
    assert place.city_in == ab.Translations({"ko": "항저우"})
    with pytest.raises(ab.FieldTypeError, match="dict of language tag to text"):
        ab.Place(city="Hangzhou", city_in="항저우")  # type: ignore[arg-type]


def test_translations_round_trip_through_json_and_pass_the_schema() -> None:
    import json

    import jsonschema

    cite = [ab.Citation(source="s", phrase="p")]
    brief = ab.Brief(
        sources=[ab.Source(id="s", publisher="P", title="T")],
        facts=[
            ab.Milestone(id="m", description="d", description_in={"ko": "설명"}, citations=cite),
            ab.Statistic(id="st", metric="AI papers", metric_in=CITY, value=3, citations=cite),
        ],
    )
    document = json.loads(brief.to_json())
    assert document["facts"][0]["description_in"] == {"ko": "설명"}
    assert document["facts"][1]["metric_in"] == {"ko": "항저우", "zh-Hans": "杭州"}
    jsonschema.validate(document, ab.Brief.json_schema())
    assert ab.Brief.from_json(brief.to_json()) == brief
    assert brief.to_records("milestone")[0]["description_in"] == {"ko": "설명"}
