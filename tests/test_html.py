"""HTML tables for Jupyter: the values they show, exact, and text from data always escaped."""

from __future__ import annotations

import datetime
import xml.etree.ElementTree as ET
from decimal import Decimal
from html.parser import HTMLParser

import attrs
import pytest
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
    assert cells(table)[0] == ["value", "10,000 gpu"]


def test_brief_lists_facts_dated_first_in_date_order_then_undated() -> None:
    brief = ab.datasets.deepseek()
    rows = cells(brief._repr_html_())
    assert rows[0] == [
        "date",
        "kind",
        "id",
        "involves",
        "figure",
        "value",
        "currency or unit",
        "qualifier",
        "cited phrase",
    ]
    body = rows[1:]
    assert len(body) == len(brief.facts) == 37
    ids = [row[2] for row in body]
    assert ids[: len(brief.timeline())] == [fact.id for fact in brief.timeline()]
    founded = body[ids.index("deepseek-founded")]
    assert founded[:4] == ["2023-07", "founding", "deepseek-founded", "DeepSeek, Liang Wenfeng"]
    undated = body[ids.index("deepseek-model-cost")]
    assert undated[0] == "—"
    assert undated[8] == "557만6000달러(약 80억원)"


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
    assert cells(table)[1][3] == "<script>alert('x')</script> & Co"
    assert cells(table)[1][8] == 'a <b>"quoted"</b> phrase'


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
        "✓ consistent",
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
    assert ratio[3] == "? unverifiable"


def test_display_name_prefers_the_language_then_english_then_the_id() -> None:
    brief = ab.datasets.deepseek()
    assert display_name(brief, "liang-wenfeng", "ko") == "량원펑"
    assert display_name(brief, "liang-wenfeng", "zh-Hant") == "梁文鋒"
    assert display_name(brief, "nvidia-h800", "ko") == "H800"
    assert display_name(brief, "not-an-entity", "en") == "not-an-entity"
    assert display_name(brief, "deepseek-model-cost", "en") == "deepseek-model-cost"


# --- Every repr, read by an HTML parser, with markup and ampersands in the data ---------------

EVIL = "<script>alert('x')</script> & Co"
RIVAL = 'R&D <i>"Labs"</i>'
PHRASE = "<script>&amp;</script> 557만6000달러(약 80억원)"


class _Tables(HTMLParser):
    """Reads aibrief's HTML as a browser does, and fails on a tag that is unknown or unclosed.

    ``rows`` holds each row's cells as (text, class), a ``<br/>`` read as a new line.
    """

    ALLOWED = frozenset({"table", "caption", "thead", "tbody", "tr", "th", "td", "br"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.rows: list[list[tuple[str, str | None]]] = []
        self.caption = ""
        self._text: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        assert tag in self.ALLOWED, tag
        if tag == "br":
            assert self._text is not None
            self._text.append("\n")
            return
        self.open.append(tag)
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th", "caption"):
            self._text = []
            self._class = dict(attrs).get("class")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        assert self.open, tag
        assert self.open.pop() == tag, tag
        if tag in ("td", "th"):
            assert self._text is not None
            self.rows[-1].append(("".join(self._text), self._class))
            self._text = None
        elif tag == "caption":
            self.caption, self._text = "".join(self._text or []), None

    def handle_data(self, data: str) -> None:
        if self._text is not None:
            self._text.append(data)
        else:
            assert not data.strip(), data  # no text outside the cells


def parse(markup: str) -> _Tables:
    """The tables of ``markup``, checked well-formed: every tag known and closed in order."""
    parser = _Tables()
    parser.feed(markup)
    parser.close()
    assert parser.open == []
    assert "<script" not in markup
    ET.fromstring(markup)  # well-formed XML as well
    return parser


def named(markup: str) -> dict[str, str]:
    """The rows of a two-column table by their header, checked well-formed."""
    return {name: text for (name, _), (text, _) in parse(markup).rows}


def evil_brief() -> ab.Brief:
    """A brief whose names and phrases hold markup and ampersands."""
    cite = [ab.Citation(source="src", phrase=PHRASE)]
    return ab.Brief(
        sources=[
            ab.Source(
                id="src", publisher="A & B", title="<b>T</b>", published=ab.PartialDate(2025, 1, 31)
            )
        ],
        entities=[
            ab.Organization(id="evil-co", names={"en": EVIL}, kind="startup"),
            ab.Organization(id="rival", names={"en": RIVAL}, kind="company"),
        ],
        facts=[
            ab.DevelopmentCost(
                id="cost",
                developer="evil-co",
                amount=ab.Money("5576000", "USD"),
                stated_equivalent=ab.Approx(ab.Money("8000000000", "KRW"), "about"),
                comparisons=[ab.Comparison("rival", "0.056")],
                citations=cite,
            ),
            ab.Milestone(
                id="m",
                date=ab.PartialDate(2024),
                entities=["evil-co", "rival"],
                description="<script>&</script>",
                citations=cite,
            ),
        ],
    )


def test_a_brief_with_markup_in_its_data_is_well_formed_and_reads_back() -> None:
    tables = parse(evil_brief()._repr_html_())
    header, milestone, cost = tables.rows
    assert [text for text, _ in header][4:8] == ["figure", "value", "currency or unit", "qualifier"]
    assert milestone[3][0] == f"{EVIL}, {RIVAL}"
    assert milestone[4:8] == [("—", None)] * 4  # a milestone has no figures
    assert [text for text, _ in cost[3:]] == [
        f"{EVIL}, {RIVAL}",
        "amount\nstated equivalent",
        "5,576,000\n8,000,000,000",
        "USD\nKRW",
        "exact\nabout",
        PHRASE,
    ]


def test_a_range_shows_the_ends_the_text_states() -> None:
    move = ab.MarketMove(
        id="mv",
        security="s",
        exchange="KRX",
        percent_change=ab.Approx(Decimal(-15), "range", low=Decimal(-20), high=Decimal(-10)),
        citations=[ab.Citation(source="s", phrase="10~20% 하락")],
    )
    row = parse(ab.Brief(facts=[move])._repr_html_()).rows[1]
    assert [text for text, _ in row[4:8]] == ["percent change", "-20–-10", "—", "range"]


def test_claim_checks_mark_the_verdict_and_escape_names_and_phrases() -> None:
    checks = ab.check_claims(evil_brief())
    tables = parse(checks._repr_html_())
    assert tables.caption == "2 claim checks: 1 consistent, 0 inconsistent, 1 unverifiable"
    verdicts = [row[3] for row in tables.rows[1:]]
    assert verdicts == [
        ("✓ consistent", "aibrief-consistent"),
        ("? unverifiable", "aibrief-unverifiable"),
    ]
    assert {row[4][0] for row in tables.rows[1:]} == {PHRASE}
    assert RIVAL in tables.rows[2][7][0]  # the ratio's explanation names the rival


def test_one_claim_check_is_a_table_of_its_figures() -> None:
    check = ab.check_claims(evil_brief())[0]
    rows = {name: (text, mark) for (name, _), (text, mark) in parse(check._repr_html_()).rows}
    assert rows["verdict"] == ("✓ consistent", "aibrief-consistent")
    assert rows["check"][0] == "equivalence at publication date"
    assert rows["phrase"][0] == PHRASE
    assert rows["stated"][0] == "about 8,000,000,000 KRW"
    assert rows["reference date"][0] == "2025-01-31"
    assert (rows["deviation"][0], rows["tolerance"][0]) == ("-1.03%", "8.67%")
    assert rows["why"][0] == check.explain("en")


def test_an_inconsistent_check_is_marked_so() -> None:
    brief = evil_brief()
    cost = brief.facts[0]
    wrong = attrs.evolve(cost, stated_equivalent=ab.Approx(ab.Money("5000000000", "KRW"), "about"))
    checks = ab.check_claims(
        ab.Brief(sources=brief.sources, entities=brief.entities, facts=[wrong])
    )
    rows = {name: mark for (name, _), (_, mark) in parse(checks[0]._repr_html_()).rows}
    assert rows["verdict"] == "aibrief-inconsistent"
    assert parse(checks._repr_html_()).rows[1][3] == ("✗ inconsistent", "aibrief-inconsistent")


def test_a_parsed_amount_shows_value_unit_qualifier_interval_and_equivalent() -> None:
    amount = ab.parse_amount("557만6000달러(약 80억원)")
    rows = named(amount._repr_html_())
    assert rows == {
        "text": "557만6000달러(약 80억원)",
        "value": "5,576,000",
        "currency or unit": "USD",
        "qualifier": "exact",
        "interval": "[5,576,000, 5,576,000]",
        "stated equivalent": "about 8,000,000,000 KRW",
        "language": "ko",
        "span": "0–18",
    }


def test_a_parsed_price_and_fraction_show_what_they_are_per() -> None:
    price = named(ab.parse_amount("100만토큰당 1위안")._repr_html_())
    assert (price["value"], price["currency or unit"], price["per"]) == (
        "1",
        "CNY",
        "1,000,000 token",
    )
    fraction = named(ab.parse_amount("7분의 1")._repr_html_())
    assert (fraction["per"], fraction["fraction"], fraction["currency or unit"]) == (
        "7",
        "1/7",
        "—",
    )
    over = named(ab.parse_amount("41만1000여 명")._repr_html_())
    assert (over["qualifier"], over["interval"]) == ("over", "(411,000, +∞)")


def test_a_parsed_amount_with_markup_in_its_text_is_escaped() -> None:
    equivalent = ab.ParsedAmount(
        value=Decimal(8000000000),
        currency="KRW",
        qualifier="about",
        span=(5, 12),
        text="& 80억",
        lang="ko",
    )
    amount = ab.ParsedAmount(
        value=Decimal(5), currency="USD", equivalent=equivalent, span=(0, 12), text=EVIL, lang="en"
    )
    rows = named(amount._repr_html_())
    assert rows["text"] == EVIL


def test_a_vague_mention_says_its_order_of_magnitude_and_no_value() -> None:
    [vague] = ab.find_amounts("회사는 수십억 원을 투자했다")
    rows = named(vague._repr_html_())
    assert rows == {
        "text": "수십억 원",
        "order of magnitude": "1,000,000,000",
        "currency or unit": "KRW",
        "value": "none stated",
        "language": "ko",
        "span": "4–9",
    }
    evil = ab.VagueMention(magnitude=Decimal(10**9), span=(0, 3), text=EVIL, lang="ko")
    assert parse(evil._repr_html_()).rows[0] == [("text", None), (EVIL, None)]


@pytest.mark.parametrize(
    ("date", "rows"),
    [
        (
            "2024",
            [
                ("date", "2024"),
                ("precision", "year"),
                ("first day", "2024-01-01"),
                ("last day", "2024-12-31"),
            ],
        ),
        (
            "2024-Q3",
            [
                ("date", "2024-Q3"),
                ("precision", "quarter"),
                ("first day", "2024-07-01"),
                ("last day", "2024-09-30"),
            ],
        ),
        (
            "2023-07",
            [
                ("date", "2023-07"),
                ("precision", "month"),
                ("first day", "2023-07-01"),
                ("last day", "2023-07-31"),
            ],
        ),
        (
            "2025-01-27",
            [
                ("date", "2025-01-27"),
                ("precision", "day"),
                ("first day", "2025-01-27"),
                ("last day", "2025-01-27"),
            ],
        ),
    ],
)
def test_a_partial_date_shows_its_precision_and_the_days_it_spans(
    date: str, rows: list[tuple[str, str]]
) -> None:
    tables = parse(ab.PartialDate.parse(date)._repr_html_())
    assert [(name, text) for (name, _), (text, _) in tables.rows] == rows


@pytest.mark.parametrize(
    "value",
    [
        ab.Money("5576000", "USD"),
        ab.Approx(ab.Money("8000000000", "KRW"), "about"),
        ab.PartialDate(2023, 7),
        ab.parse_amount("약 80억원"),
    ],
    ids=["money", "approx", "partial date", "parsed amount"],
)
def test_every_value_repr_is_well_formed(value: object) -> None:
    parse(value._repr_html_())  # type: ignore[attr-defined]
