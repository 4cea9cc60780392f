"""HTML tables for Jupyter: the values they show, exact, and text from data always escaped."""

from __future__ import annotations

import datetime
import xml.etree.ElementTree as ET
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

import aibrief as ab
from aibrief._brief.naming import display_name
from aibrief._claims.html import claim_checks_html

JAN_27 = datetime.date(2025, 1, 27)


def cells(table: str) -> list[list[str]]:
    """The text of each row's header and data cells; parsing fails on anything unescaped."""
    root = ET.fromstring(table)
    return [["".join(cell.itertext()) for cell in row] for row in root.iter("tr")]


def test_money_shows_grouped_exact_amount_and_currency() -> None:
    table = ab.Money("5576000", "USD")._repr_html_()
    assert cells(table) == [["amount", "5,576,000"], ["currency", "USD"]]


def test_money_keeps_every_decimal_place() -> None:
    table = ab.Money("1234.5678", "KRW")._repr_html_()
    assert cells(table)[0] == ["amount", "1,234.5678"]


@given(st.decimals(allow_nan=False, allow_infinity=False, places=4))
def test_money_amount_cell_reads_back_as_the_amount(amount: Decimal) -> None:
    table = ab.Money(amount, "USD")._repr_html_()
    shown = cells(table)[0][1]
    assert Decimal(shown.replace(",", "")) == amount


def test_conversion_shows_amount_rate_date_method_and_source() -> None:
    conversion = ab.convert(ab.Money("5576000", "USD"), "KRW", on=JAN_27)
    rows = dict(cells(conversion._repr_html_()))
    assert rows["amount"] == "5,576,000 USD"
    assert rows["result"] == "7,985,223,856 KRW"  # rounded to the won, half-even
    assert rows["rate"] == "1,432.070275403608736942070275403609 KRW per USD"
    assert rows["rate date"] == "2025-01-27"
    assert rows["method"] == "published"
    assert rows["source"].startswith("European Central Bank euro foreign exchange reference rates")


def test_conversion_result_has_its_exact_figure_in_the_title() -> None:
    conversion = ab.convert(ab.Money("5576000", "USD"), "KRW", on=JAN_27)
    cell = ET.fromstring(conversion._repr_html_()).findall("tr")[1].find("td")
    assert cell is not None
    assert cell.get("title") == "exact: 7,985,223,855.650522317188983855650522 KRW"
    exact = ab.convert(ab.Money("100", "EUR"), "USD", on=JAN_27)._repr_html_()
    assert "title=" not in exact  # 105.3000 USD loses nothing at the cent
    assert dict(cells(exact))["result"] == "105.30 USD"


def test_conversions_of_approximate_figures_and_periods_show_what_they_are() -> None:
    about = ab.convert(ab.Approx(ab.Money("8000000000", "KRW"), "about"), "USD", on=JAN_27)
    assert dict(cells(about._repr_html_()))["result"] == "about 5,586,318.03 USD"
    year = ab.convert(ab.Money("1", "EUR"), "USD", on=ab.PartialDate(2019), period="range")
    rows = dict(cells(year._repr_html_()))
    assert rows["result"] == "1.09 to 1.15 USD"
    assert (rows["period"], rows["days"], rows["method"]) == ("2019", "255", "average")


def test_conversion_on_a_weekend_shows_the_day_of_the_rate_used() -> None:
    conversion = ab.convert(ab.Money("1", "EUR"), "USD", on=datetime.date(2025, 1, 26))
    rows = dict(cells(conversion._repr_html_()))
    assert rows["rate date"] == "2025-01-24"
    assert rows["method"] == "previous"


def test_approx_shows_value_qualifier_and_closed_interval() -> None:
    table = ab.Approx(ab.Money("8000000000", "KRW"), "about")._repr_html_()
    assert cells(table) == [
        ["value", "8,000,000,000 KRW"],
        ["qualifier", "about"],
        ["interval", "[7,600,000,000.00 KRW, 8,400,000,000.00 KRW]"],
    ]


def test_approx_over_is_open_below_and_unbounded_above() -> None:
    table = ab.Approx(10000, "over")._repr_html_()
    assert cells(table)[2] == ["interval", "(10,000, +∞)"]


def test_approx_under_is_unbounded_below_and_open_above() -> None:
    table = ab.Approx(5, "under")._repr_html_()
    assert cells(table)[2] == ["interval", "(−∞, 5)"]


def test_approx_of_a_quantity_names_the_unit() -> None:
    table = ab.Approx(ab.Q_(10000, "gpu"), "about")._repr_html_()
    assert cells(table)[0] == ["value", "10000 gpu"]


def test_brief_lists_facts_dated_first_in_date_order_then_undated() -> None:
    brief = ab.datasets.deepseek()
    rows = cells(brief._repr_html_())
    assert rows[0] == ["date", "kind", "id", "involves", "cited phrase"]
    body = rows[1:]
    assert len(body) == len(brief.facts) == 37
    ids = [row[2] for row in body]
    assert ids[: len(brief.timeline())] == [fact.id for fact in brief.timeline()]
    founded = body[ids.index("deepseek-founded")]
    assert founded[:4] == ["2023-07", "founding", "deepseek-founded", "DeepSeek, Liang Wenfeng"]
    undated = body[ids.index("deepseek-model-cost")]
    assert undated[0] == "—"
    assert undated[4] == "557만6000달러(약 80억원)"


def test_brief_caption_counts_its_records() -> None:
    root = ET.fromstring(ab.datasets.deepseek()._repr_html_())
    caption = root.find("caption")
    assert caption is not None
    assert caption.text == "Brief(1 source, 35 entities, 37 facts)"


def test_names_and_phrases_from_data_are_escaped() -> None:
    evil = ab.Organization(
        id="evil", names={"en": "<script>alert('x')</script> & Co"}, kind="startup"
    )
    fact = ab.Milestone(
        id="m",
        date=ab.PartialDate(2025),
        entities=["evil"],
        description="d",
        citations=[ab.Citation(source="s", phrase='a <b>"quoted"</b> phrase')],
    )
    table = ab.Brief(entities=[evil], facts=[fact])._repr_html_()
    assert "<script>" not in table
    assert "<b>" not in table
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; Co" in table
    assert cells(table)[1][3:] == ["<script>alert('x')</script> & Co", 'a <b>"quoted"</b> phrase']


# Control characters are left out: XML, which the test parses with, forbids most of them.
@given(st.text(st.characters(exclude_categories=("Cc", "Cs")), min_size=1).filter(str.strip))
def test_any_name_reads_back_exactly(name: str) -> None:
    entity = ab.Organization(id="org", names={"en": name}, kind="startup")
    fact = ab.Milestone(
        id="m", entities=["org"], description="d", citations=[ab.Citation(source="s", phrase="p")]
    )
    table = ab.Brief(entities=[entity], facts=[fact])._repr_html_()
    assert cells(table)[1][3] == name


def test_claim_checks_table_has_one_row_per_check_with_figures() -> None:
    checks = ab.check_claims(ab.datasets.deepseek())
    rows = cells(claim_checks_html(checks))
    assert rows[0] == [
        "fact",
        "check",
        "basis",
        "verdict",
        "phrase",
        "deviation",
        "tolerance",
        "why",
    ]
    assert len(rows) - 1 == len(checks) == 19
    first = rows[1]
    assert first[:5] == [
        "deepseek-model-cost",
        "equivalence",
        "publication",
        "consistent",
        "557만6000달러(약 80억원)",
    ]
    assert first[5:7] == ["-1.03%", "8.67%"]
    assert first[7] == checks[0].explain("en")


def test_claim_checks_table_explains_in_korean_when_asked() -> None:
    checks = ab.check_claims(ab.datasets.deepseek())
    rows = cells(claim_checks_html(checks, lang="ko"))
    assert rows[1][7] == checks[0].explain("ko")


def test_claim_checks_without_basis_or_deviation_show_a_dash() -> None:
    checks = ab.check_claims(ab.datasets.deepseek())
    rows = cells(claim_checks_html(checks))
    ratio = next(row for row in rows[1:] if row[1] == "ratio")
    assert ratio[2] == "—"
    assert ratio[3] == "unverifiable"


def test_display_name_prefers_the_language_then_english_then_the_id() -> None:
    brief = ab.datasets.deepseek()
    assert display_name(brief, "liang-wenfeng", "ko") == "량원펑"
    assert display_name(brief, "liang-wenfeng", "zh-Hant") == "梁文鋒"
    assert display_name(brief, "nvidia-h800", "ko") == "H800"
    assert display_name(brief, "not-an-entity", "en") == "not-an-entity"
    assert display_name(brief, "deepseek-model-cost", "en") == "deepseek-model-cost"
