"""Figures: the timeline's rows, spans and dots, the statistic's bars and ranks, and the errors."""

from __future__ import annotations

import datetime
import io
import subprocess
import sys
from collections.abc import Iterator

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


def day_number(day: datetime.date) -> float:
    return float(mdates.date2num(day))  # type: ignore[no-untyped-call]


# --- plot_timeline -----------------------------------------------------------------------------


def test_timeline_has_one_row_per_dated_fact_in_date_order() -> None:
    brief = ab.datasets.deepseek()
    ax = ab.plot_timeline(brief)
    labels = [label.get_text() for label in ax.get_yticklabels()]
    assert len(labels) == len(brief.timeline()) == 26
    assert labels[0] == "stated age: Liang Wenfeng"
    assert "founding: DeepSeek, Liang Wenfeng" in labels
    assert "AI researchers: China" in labels
    assert labels[-1] == "stated age: Luo Fuli"


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
    assert "founding: 딥시크, 량원펑" in labels


def test_timeline_shortens_long_lists_of_names() -> None:
    ax = ab.plot_timeline(ab.datasets.deepseek())
    labels = [label.get_text() for label in ax.get_yticklabels()]
    assert "price setting: DeepSeek-V2, DeepSeek, Llama 3 +1" in labels


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
    assert [text.get_text() for text in ax.texts] == [
        "#1: 220,000",
        "#2: 117,000",
        "#3: 88,000",
        "#12: over 14,000",
    ]
    assert ax.get_ylabel() == "item"
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
    assert [text.get_text() for text in ax.texts] == ["2,500,000", "1,500,000.50"]
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
