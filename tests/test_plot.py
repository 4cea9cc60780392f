"""Figures: the timeline's rows, spans and dots, the statistic's bars and ranks, and the errors."""

from __future__ import annotations

import datetime
import functools
import io
import itertools
import logging
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest

import aibrief as ab

matplotlib = pytest.importorskip("matplotlib")
matplotlib.use("Agg")

import matplotlib.dates as mdates  # noqa: E402  (after the skip: matplotlib is optional)
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from matplotlib.axes import Axes  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
from matplotlib.patches import Rectangle  # noqa: E402

from aibrief._display import fonts  # noqa: E402

CITE = [ab.Citation(source="s", phrase="…")]


@pytest.fixture(autouse=True)
def _close_figures() -> Iterator[None]:
    # pyplot keeps every figure it made; closing them keeps its too-many-figures warning away.
    yield
    plt.close("all")


def milestone(id: str, date: str | None, entities: tuple[str, ...] = ()) -> ab.Milestone:
    return ab.Milestone(
        id=id,
        date=None if date is None else ab.PartialDate.parse(date),
        entities=entities,
        description=id,
        citations=CITE,
    )


def statistic(id: str, country: str, value: int | ab.Money) -> ab.Statistic:
    return ab.Statistic(id=id, metric="AI papers", country=country, value=value, citations=CITE)


def bars(ax: Axes) -> list[Rectangle]:
    found = [patch for patch in ax.patches if isinstance(patch, Rectangle)]
    assert len(found) == len(ax.patches)
    return found


def points(line: Line2D) -> list[tuple[float, float]]:
    xs = np.asarray(line.get_xdata()).tolist()
    return list(zip(xs, np.asarray(line.get_ydata()).tolist(), strict=True))


def figures_above(ax: Axes) -> list[str]:
    """The labels above the bars, each read as one line (long ones wrap to the bar's width)."""
    return [text.get_text().replace("\n", " ") for text in ax.texts]


def day_number(day: datetime.date) -> float:
    return float(mdates.date2num(day))  # type: ignore[no-untyped-call]


# --- plot_timeline -----------------------------------------------------------------------------


def test_timeline_has_one_row_per_dated_fact_in_date_order() -> None:
    brief = ab.datasets.deepseek()
    ax = ab.plot_timeline(brief)
    labels = [label.get_text() for label in ax.get_yticklabels()]
    assert len(labels) == len(brief.timeline()) == 26
    assert labels[0] == "stated age: Liang Wenfeng (2002)"
    assert "founding: DeepSeek, Liang Wenfeng (2023-07)" in labels
    assert "AI researchers: China (2024-08)" in labels
    assert labels[-1] == "stated age: Luo Fuli (2025-01-31)"
    assert len(set(labels)) == len(labels)


def test_timeline_draws_partial_dates_as_spans_and_days_as_dots() -> None:
    ax = ab.plot_timeline(ab.datasets.deepseek())
    assert len(bars(ax)) == 21  # dated to a month, quarter or year
    (dots,) = ax.get_lines()
    assert len(points(dots)) == 5  # dated to the day


def test_a_month_spans_from_its_first_day_to_the_end_of_its_last() -> None:
    brief = ab.Brief(facts=[milestone("m", "2023-07"), milestone("d", "2025-01-27")])
    ax = ab.plot_timeline(brief)
    (bar,) = bars(ax)
    assert bar.get_x() == day_number(datetime.date(2023, 7, 1))
    assert bar.get_width() == 31
    assert bar.get_y() + bar.get_height() / 2 == 0  # the first row
    (dots,) = ax.get_lines()
    assert points(dots) == [(day_number(datetime.date(2025, 1, 27)), 1)]


def test_a_year_spans_the_whole_year() -> None:
    ax = ab.plot_timeline(ab.Brief(facts=[milestone("y", "2024")]))
    (bar,) = bars(ax)
    assert bar.get_width() == 366  # 2024 is a leap year


def test_timeline_labels_use_names_in_the_language_asked() -> None:
    ax = ab.plot_timeline(ab.datasets.deepseek(), lang="ko")
    labels = [label.get_text() for label in ax.get_yticklabels()]
    assert "설립: 딥시크, 량원펑 (2023-07)" in labels
    assert "AI 연구 인력: 중국 (2024-08)" in labels


def test_timeline_shortens_long_lists_of_names() -> None:
    ax = ab.plot_timeline(ab.datasets.deepseek())
    labels = [label.get_text() for label in ax.get_yticklabels()]
    assert "price setting: DeepSeek-V2, DeepSeek, Llama 3 +1 (2024-05)" in labels


def test_timeline_draws_on_the_axes_given() -> None:
    _, (left, right) = plt.subplots(1, 2)
    assert ab.plot_timeline(ab.Brief(facts=[milestone("y", "2024")]), ax=right) is right
    assert not left.patches


def test_timeline_renders_without_warnings() -> None:
    # pytest turns warnings into errors, so a missing glyph or a bad date would fail here.
    ax = ab.plot_timeline(ab.datasets.deepseek())
    figure = ax.figure
    assert isinstance(figure, Figure)
    figure.savefig(io.BytesIO(), format="png")


def test_timeline_of_a_brief_without_dates_says_what_to_add() -> None:
    with pytest.raises(ab.InvalidArgumentError, match=r"no dated facts.*PartialDate"):
        ab.plot_timeline(ab.Brief(facts=[milestone("u", None)]))


# --- plot_statistic ----------------------------------------------------------------------------


def test_statistic_draws_one_bar_per_country_in_rank_order() -> None:
    ax = ab.plot_statistic(ab.datasets.deepseek(), "AI papers published")
    assert [bar.get_height() for bar in bars(ax)] == [220000, 117000, 88000, 14000]
    labels = [label.get_text() for label in ax.get_xticklabels()]
    assert labels == ["China", "India", "United States", "South Korea"]
    assert figures_above(ax) == [
        "#1: 220,000 items",
        "#2: 117,000 items",
        "#3: 88,000 items",
        "#12: more than 14,000 items",
    ]
    assert ax.get_ylabel() == "items"
    assert ax.get_title().startswith("AI papers published, 2018–2023\n")


def test_statistic_names_countries_in_the_language_asked() -> None:
    ax = ab.plot_statistic(ab.datasets.deepseek(), "AI researchers", lang="ko")
    labels = [label.get_text() for label in ax.get_xticklabels()]
    assert labels == ["중국", "인도", "미국", "대한민국"]


def test_statistic_without_ranks_orders_by_value_and_keeps_money_exact() -> None:
    brief = ab.Brief(
        facts=[
            statistic("a", "US", ab.Money("1500000.50", "USD")),
            statistic("b", "CN", ab.Money("2500000", "USD")),
        ]
    )
    ax = ab.plot_statistic(brief, "AI papers")
    assert [label.get_text() for label in ax.get_xticklabels()] == ["China", "United States"]
    # News style writes every digit: nothing of the half dollar is rounded away.
    assert figures_above(ax) == ["$2.5 million", "$1.5000005 million"]
    assert ax.get_ylabel() == "USD"


def test_statistic_with_an_unknown_metric_lists_the_known_ones() -> None:
    with pytest.raises(ab.InvalidArgumentError, match="'AI researchers'") as caught:
        ab.plot_statistic(ab.datasets.deepseek(), "AI reserchers")
    assert caught.value.name == "metric"
    assert caught.value.value == "AI reserchers"


def test_statistic_refuses_to_mix_units() -> None:
    brief = ab.Brief(facts=[statistic("a", "US", 3), statistic("b", "CN", ab.Money("1", "USD"))])
    with pytest.raises(ab.InvalidArgumentError, match="different units"):
        ab.plot_statistic(brief, "AI papers")


def test_statistic_with_an_unknown_language_says_so() -> None:
    with pytest.raises(ab.InvalidArgumentError, match="'xx-nope'"):
        ab.plot_statistic(ab.datasets.deepseek(), "AI researchers", lang="xx-nope")


# --- matplotlib is optional --------------------------------------------------------------------


def test_missing_matplotlib_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(ab.MissingExtraError, match=r"pip install 'aibrief\[plot\]'") as caught:
        ab.plot_timeline(ab.datasets.deepseek())
    assert isinstance(caught.value, ImportError)
    assert (caught.value.package, caught.value.extra) == ("matplotlib", "plot")


def test_import_aibrief_does_not_import_matplotlib() -> None:
    code = "import sys, aibrief; print('matplotlib' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


# --- What the eye reads: dates at any span, percentages, rows told apart ----------------------


def rendered(ax: Axes) -> Any:
    """Draw the figure of ``ax`` and return its renderer, to measure the text laid out."""
    figure = ax.figure
    assert isinstance(figure, Figure)
    figure.canvas.draw()
    return figure.canvas.get_renderer()  # type: ignore[attr-defined]


def overlaps(texts: list[Any], renderer: Any) -> list[tuple[str, str]]:
    """Pairs of texts whose boxes overlap by more than half a pixel each way."""
    boxes = [
        (text.get_text(), text.get_window_extent(renderer))
        for text in texts
        if text.get_visible() and text.get_text()
    ]
    return [
        (a, b)
        for (a, box_a), (b, box_b) in itertools.combinations(boxes, 2)
        if min(box_a.x1, box_b.x1) - max(box_a.x0, box_b.x0) > 0.5
        and min(box_a.y1, box_b.y1) - max(box_a.y0, box_b.y0) > 0.5
    ]


def dated(*dates: str) -> ab.Brief:
    return ab.Brief(facts=[milestone(f"m{i}", date) for i, date in enumerate(dates)])


SPANS = {
    "one day": ("2025-01-27",),
    "three days": ("2025-01-27", "2025-01-28", "2025-01-29"),
    "six weeks": ("2025-01-01", "2025-01-20", "2025-02-14"),
    "one year": ("2024-01", "2024-06-15", "2024-12"),
    "two years": ("2024-01", "2024-07", "2025-03", "2025-12-31"),
    "three decades": ("1995", "2008", "2025-01-27"),
    "a century": ("1925", "2025"),
}


@pytest.mark.parametrize("width", [None, 4.5, 6.4])
@pytest.mark.parametrize("span", SPANS)
def test_date_ticks_read_at_every_span_without_overlapping(span: str, width: float | None) -> None:
    """On the figure plot_timeline makes, and on narrower axes of the caller's own."""
    ax = None if width is None else plt.subplots(figsize=(width, 3), layout="constrained")[1]
    ax = ab.plot_timeline(dated(*SPANS[span]), ax=ax)
    assert isinstance(ax.xaxis.get_major_locator(), mdates.AutoDateLocator)
    assert isinstance(ax.xaxis.get_major_formatter(), mdates.ConciseDateFormatter)
    renderer = rendered(ax)
    labels = [label for label in ax.get_xticklabels() if label.get_text()]
    assert len(labels) >= 2
    assert overlaps(labels, renderer) == []
    assert all(":" not in label.get_text() for label in labels)  # facts have no hours
    assert overlaps(ax.get_yticklabels(), renderer) == []


def test_a_span_of_two_years_names_years_and_months_not_run_together() -> None:
    """The issue's "2024-012024-032024-05…": now a year, then months, each label apart."""
    ax = ab.plot_timeline(dated(*SPANS["two years"]))
    rendered(ax)
    texts = [label.get_text() for label in ax.get_xticklabels()]
    assert texts == ["2024", "Apr", "Jul", "Oct", "2025", "Apr", "Jul", "Oct", "2026"]


def test_two_funding_rounds_of_one_company_are_two_rows() -> None:
    rounds = [
        ab.Funding(
            id=f"round-{year}",
            date=ab.PartialDate(year),
            recipient="deepseek",
            amount=ab.Money(amount, "USD"),
            citations=CITE,
        )
        for year, amount in ((2023, "10000000"), (2024, "50000000"))
    ]
    deepseek = ab.Organization(id="deepseek", names={"en": "DeepSeek"}, kind="startup")
    ax = ab.plot_timeline(ab.Brief(entities=[deepseek], facts=rounds))
    assert [label.get_text() for label in ax.get_yticklabels()] == [
        "funding: DeepSeek (2023)",
        "funding: DeepSeek (2024)",
    ]


def test_rows_alike_in_kind_names_and_date_are_told_apart_by_id() -> None:
    ax = ab.plot_timeline(dated("2024", "2024"))
    assert [label.get_text() for label in ax.get_yticklabels()] == [
        "milestone (2024) [m0]",
        "milestone (2024) [m1]",
    ]


def shares(*values: object) -> ab.Brief:
    return ab.Brief(
        facts=[
            ab.Statistic(
                id=f"share-{country.lower()}",
                metric="market share",
                country=country,
                value=value,
                rank=rank,
                citations=CITE,
            )
            for rank, (country, value) in enumerate(
                zip(("CN", "US", "KR"), values, strict=False), 1
            )
        ]
    )


def test_percentages_get_a_percent_axis_and_percent_labels() -> None:
    from matplotlib.ticker import PercentFormatter

    brief = shares(ab.Q_(Decimal("41.5"), "percent"), ab.Q_(35, "percent"), ab.Q_(5, "percent"))
    ax = ab.plot_statistic(brief, "market share")
    assert isinstance(ax.yaxis.get_major_formatter(), PercentFormatter)
    renderer = rendered(ax)
    ticks = [label.get_text() for label in ax.get_yticklabels() if label.get_text()]
    assert ticks
    assert all(tick.endswith("%") for tick in ticks)
    assert len(set(ticks)) == len(ticks)
    assert figures_above(ax) == ["#1: 41.5%", "#2: 35%", "#3: 5%"]
    assert ax.get_ylabel() == ""
    assert overlaps([*ax.get_xticklabels(), *ax.texts], renderer) == []


def test_ratios_below_one_keep_the_decimals_their_ticks_need() -> None:
    """Not the issue's '0', '0', '0', '1', '1': every tick of 0 to 0.4 reads apart."""
    brief = shares(Decimal("0.35"), Decimal("0.3"), Decimal("0.05"))
    ax = ab.plot_statistic(brief, "market share")
    rendered(ax)
    ticks = [label.get_text() for label in ax.get_yticklabels() if label.get_text()]
    assert len(set(ticks)) == len(ticks) >= 4
    assert "0.05" in ticks or "0.1" in ticks or "0.10" in ticks
    assert figures_above(ax) == ["#1: 0.35", "#2: 0.3", "#3: 0.05"]


def test_a_statistic_is_found_by_its_metric_in_any_language() -> None:
    brief = ab.datasets.deepseek()
    korean = ab.plot_statistic(brief, "AI 연구 인력", lang="ko")
    assert korean.get_title().startswith("AI 연구 인력 (2023-12 기준)\n")
    assert figures_above(korean)[0] == "1위: 41만1000여 명"
    assert korean.get_ylabel() == "단위: 명"


# --- Korean and Chinese: a font with their glyphs, or one warning ------------------------------

CJK_FONT = fonts._font_with(frozenset(map(ord, "량원펑梁文锋")), "ko")
needs_cjk_font = pytest.mark.skipif(
    CJK_FONT is None,
    reason="no CJK font is installed (on Debian or Ubuntu: apt-get install fonts-noto-cjk)",
)


def figures(lang: str) -> list[Axes]:
    brief = ab.datasets.deepseek()
    return [
        ab.plot_timeline(brief, lang=lang),
        ab.plot_statistic(brief, "AI researchers", lang=lang),
        ab.plot_statistic(brief, "AI papers published", lang=lang),
    ]


def texts_of(ax: Axes) -> list[Any]:
    legend = ax.get_legend()
    return [
        *ax.get_xticklabels(),
        *ax.get_yticklabels(),
        *ax.texts,
        ax.title,
        ax.yaxis.label,
        *(legend.get_texts() if legend is not None else []),
    ]


def glyphs_missing(text: Any) -> set[str]:
    """Characters of ``text`` that none of the fonts it is set in can draw."""
    from matplotlib import font_manager

    drawn: set[int] = set()
    for family in text.get_fontfamily():
        path = font_manager.findfont(font_manager.FontProperties(family=[family]))
        drawn |= set(font_manager.get_font(path).get_charmap())
    return {char for char in text.get_text() if not char.isspace() and ord(char) not in drawn}


@needs_cjk_font
@pytest.mark.parametrize("lang", ["ko", "zh", "zh-Hans"])
def test_korean_and_chinese_labels_have_every_glyph_and_do_not_overlap(
    lang: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="matplotlib")
    for ax in figures(lang):
        renderer = rendered(ax)  # a missing glyph would be a warning, and so an error here
        texts = texts_of(ax)
        assert any(
            "\uac00" <= char <= "\ud7a3" or "\u4e00" <= char <= "\u9fff"
            for text in texts
            for char in text.get_text()
        )
        assert {
            text.get_text(): glyphs_missing(text) for text in texts if glyphs_missing(text)
        } == {}
        assert overlaps(ax.get_xticklabels(), renderer) == []
        assert overlaps(ax.get_yticklabels(), renderer) == []
    assert [
        record.getMessage() for record in caplog.records if "findfont" in record.getMessage()
    ] == []


@pytest.mark.parametrize("kind", ["timeline", "statistic"])
def test_english_labels_do_not_overlap(kind: str) -> None:
    ax = figures("en")[0 if kind == "timeline" else 1]
    renderer = rendered(ax)
    assert overlaps(ax.get_xticklabels(), renderer) == []
    assert overlaps(ax.get_yticklabels(), renderer) == []
    assert overlaps([*ax.get_xticklabels(), *ax.texts], renderer) == []


@pytest.fixture
def no_cjk_font(monkeypatch: pytest.MonkeyPatch) -> None:
    """A machine where matplotlib knows no font with Korean or Chinese glyphs."""
    installed = fonts._installed

    def without_cjk() -> dict[str, str]:
        default = fonts._default_glyphs()
        return {
            name: path
            for name, path in installed().items()
            if ord("량") not in fonts._charmap(path) or ord("량") in default
        }

    monkeypatch.setattr(fonts, "_installed", without_cjk)
    monkeypatch.setattr(fonts, "_add_fonts_installed_since_the_cache", lambda: False)


@pytest.mark.usefixtures("no_cjk_font")
@pytest.mark.parametrize("lang", ["ko", "zh"])
def test_without_a_cjk_font_one_warning_names_the_package_and_the_chart_is_in_english(
    lang: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="matplotlib")
    for draw in (ab.plot_timeline, functools.partial(ab.plot_statistic, metric="AI researchers")):
        with pytest.warns(ab.MissingFontWarning) as caught:
            ax = draw(ab.datasets.deepseek(), lang=lang)
        assert len(caught) == 1
        warning = caught[0].message
        assert isinstance(warning, ab.MissingFontWarning)
        assert (warning.lang, warning.package) == (lang, "fonts-noto-cjk")
        assert "apt install fonts-noto-cjk" in str(warning)
        rendered(ax)  # no glyph is missing: pytest would fail on matplotlib's warning
        assert all(not glyphs_missing(text) for text in texts_of(ax))
    assert ax.get_xticklabels()[0].get_text() == "China"
    assert [
        record.getMessage() for record in caplog.records if "findfont" in record.getMessage()
    ] == []


@pytest.mark.usefixtures("no_cjk_font")
def test_without_a_cjk_font_a_name_only_in_korean_falls_back_to_the_id() -> None:
    only_korean = ab.Organization(id="hanguk-ai", names={"ko": "한국에이아이"}, kind="startup")
    brief = ab.Brief(entities=[only_korean], facts=[milestone("m", "2024", ("hanguk-ai",))])
    with pytest.warns(ab.MissingFontWarning, match="'milestone: 한국에이아이 \\(2024\\)'"):
        ax = ab.plot_timeline(brief)
    assert [label.get_text() for label in ax.get_yticklabels()] == ["m"]
    rendered(ax)
