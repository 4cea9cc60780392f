"""Organisations, people, AI models and hardware: ids, validation and registration."""

from __future__ import annotations

import attrs
import pytest

import aibrief as ab


def test_an_organization_with_listings_and_headquarters() -> None:
    hynix = ab.Organization(
        id="sk-hynix",
        names={"ko": "SK하이닉스", "en": "SK hynix"},
        kind="chipmaker",
        headquarters=ab.Place(city="Icheon", country="KR"),
        listings=[ab.StockListing.parse("KRX:000660")],
    )
    assert hynix.listings == (ab.StockListing("KRX", "000660"),)
    assert str(hynix.listings[0]) == "KRX:000660"
    assert hynix.names.name_in("ko_KR") == "SK하이닉스"


def test_ids_must_be_slugs_and_the_error_suggests_one() -> None:
    with pytest.raises(ValueError, match=r"'Liang Wenfeng' is not a valid id.*'liang-wenfeng'"):
        ab.Person(id="Liang Wenfeng", names={"en": "Liang Wenfeng"})


def test_country_codes_are_checked_against_babel() -> None:
    assert ab.Place(country="CN").country == "CN"
    for bad in ("ZZ", "cn", "CHN", "XX"):
        with pytest.raises(ValueError, match="ISO 3166"):
            ab.Place(country=bad)


def test_literal_options_are_checked() -> None:
    with pytest.raises(ValueError, match="'hedgefund' is not an option"):
        ab.Organization(id="high-flyer", names={"en": "High-Flyer"}, kind="hedgefund")  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["NVDA", "nasdaq:NVDA", "NASDAQ:", "NASDAQ:nvda"])
def test_bad_listings(text: str) -> None:
    with pytest.raises(ValueError, match="expected"):
        ab.StockListing.parse(text)


def test_a_person_with_education_and_roles_from_the_seed_article() -> None:
    liang = ab.Person(
        id="liang-wenfeng",
        names={"ko": "량원펑", "zh-Hant": "梁文鋒", "en": "Liang Wenfeng"},
        born=ab.PartialDate(1985),
        birthplace=ab.Place(city="Zhanjiang", region="Guangdong", country="CN"),
        education=[
            ab.Education(
                institution="zhejiang-university",
                field="electronic information engineering",
                start=ab.PartialDate(2002),
            ),
            ab.Education(
                institution="zhejiang-university",
                degree="master",
                field="information and communication engineering",
                start=ab.PartialDate(2007),
                end=ab.PartialDate(2010),
                thesis="저비용 PTZ카메라 기반 목표 추적 알고리즘에 대한 연구",
            ),
        ],
        roles=[
            ab.Role(
                organization=None, title="quant trading research team", start=ab.PartialDate(2008)
            ),
            ab.Role(organization="high-flyer", title="co-founder", start=ab.PartialDate(2015)),
            ab.Role(organization="deepseek", title="founder", start=ab.PartialDate(2023, 7)),
        ],
    )
    assert [role.organization for role in liang.roles] == [None, "high-flyer", "deepseek"]
    assert liang.education[1].end == ab.PartialDate(2010)


def test_a_string_is_not_taken_for_a_list_of_ids() -> None:
    with pytest.raises(TypeError, match="wrap it"):
        ab.Founding(
            id="f",
            organization="deepseek",
            founders="liang-wenfeng",
            citations=[ab.Citation(source="mt", phrase="설립")],
        )


def test_hardware_variants() -> None:
    h800 = ab.Hardware(
        id="nvidia-h800",
        names={"en": "H800"},
        vendor="nvidia",
        kind="gpu",
        variant_of="nvidia-h100",
        reduced=True,
    )
    assert (h800.variant_of, h800.reduced) == ("nvidia-h100", True)


def test_users_register_entity_types() -> None:
    @ab.entity_type("test_product")
    @attrs.frozen(kw_only=True)
    class Product(ab.Entity):
        maker: str | None = attrs.field(default=None, metadata=ab.ENTITY_REF)

    assert Product.entity_type == "test_product"
    app = Product(id="deepseek-app", names={"en": "DeepSeek"}, maker="deepseek")
    brief = ab.Brief(entities=[app])
    assert brief.problems()[0].path == "$.entities[0].maker"
    assert ab.Brief.from_json(brief.to_json(), validate=False) == brief


def test_a_tag_cannot_be_taken_twice() -> None:
    with pytest.raises(ValueError, match="already registered"):

        @ab.entity_type("person")
        @attrs.frozen(kw_only=True)
        class Impostor(ab.Entity):
            pass


def test_registering_a_non_attrs_class_explains_the_decorator_order() -> None:
    with pytest.raises(TypeError, match=r"above @attrs\.frozen"):

        @ab.entity_type("test_plain")
        class Plain(ab.Entity):
            pass
