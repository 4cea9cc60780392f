"""Figures of a brief with matplotlib: a timeline of its facts and a statistic by country.

matplotlib is an optional extra (``pip install 'aibrief[plot]'``), imported inside each
function so that ``import aibrief`` stays light. Both functions draw on the axes they are given,
or on a new pyplot figure (which Jupyter shows under the cell), and return the axes.

They lean on matplotlib's own tools: a date axis that reads at any span, from days to decades
(``AutoDateLocator`` with ``ConciseDateFormatter``), a percent axis (``PercentFormatter``),
bar labels that carry their unit, written as the chart's language writes figures
(:func:`aibrief.format_amount`), and a font that has the labels' glyphs (:mod:`.fonts`).
Words and kind labels come from the tour's vocabulary, so a chart and ``aibrief tour`` agree.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final, cast

from aibrief._brief.naming import display_name
from aibrief._display import fonts
from aibrief._display.table import wrap
from aibrief._display.tour_words import kind_label
from aibrief._models.events import Statistic
from aibrief._models.names import in_language
from aibrief._money.money import Money
from aibrief._quantities.approx import Approx
from aibrief._quantities.magnitude import magnitude
from aibrief._units.registry import as_units
from aibrief._writing.formatting import format_amount
from aibrief._writing.words import COUNT_WORDS
from aibrief.errors import InvalidArgumentError, MissingExtraError

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from matplotlib.axes import Axes

    from aibrief._brief.brief import Brief
    from aibrief._core.types import Lang
    from aibrief._models.facts import Fact

__all__ = ["plot_statistic", "plot_timeline"]

_ONE_DAY: Final = datetime.timedelta(days=1)
_NAMES_PER_LABEL: Final = 3
# Date ticks: at least three, and one per this many points of axis (a label is at most ~28).
_MIN_TICKS: Final = 3
_TICK_SPACING: Final = 40
# Columns of a country's name under its bar before it wraps ("United States" fits), and of the
# figure above it, in smaller type: a bar's width in the figure plot_statistic makes.
_BAR_LABEL_WIDTH: Final = 14
_FIGURE_WIDTH: Final = 16
# The chart's words in English, Korean and Chinese (other languages get the English words).
_WORDS: Final[dict[str, tuple[str, str, str]]] = {
    "spans": ("month, quarter or year", "월·분기·연 단위", "月、季度或年"),
    "days": ("day", "일 단위", "日"),
    "rank": ("#{rank}: {figure}", "{rank}위: {figure}", "第{rank}名：{figure}"),
    "as_of": ("{metric}, as of {end}", "{metric} ({end} 기준)", "{metric}（截至{end}）"),
    "period": ("{metric}, {start}–{end}", "{metric} ({start}~{end})", "{metric}（{start}至{end}）"),
    "unit": ("{unit}", "단위: {unit}", "单位：{unit}"),
}
# Month and day numbers rather than English month names in Korean and Chinese date axes.
_NUMERIC_DATES: Final = {
    "formats": ["%Y", "%m", "%d", "%H:%M", "%H:%M", "%S.%f"],
    "zero_formats": ["", "%Y", "%m", "%d", "%H:%M", "%H:%M"],
    "offset_formats": ["", "%Y", "%Y-%m", "%Y-%m-%d", "%Y-%m-%d", "%Y-%m-%d %H:%M"],
}


def plot_timeline(brief: Brief, *, ax: Axes | None = None, lang: str = "en") -> Axes:
    """Draw the dated facts of a brief on a date axis, one row each, earliest at the top.

    A fact dated to the day is a dot; one dated to a month, quarter or year is a bar spanning
    that period, so a year-only date is not mistaken for 1 January. Each row is labelled with
    the fact's kind (as ``aibrief tour`` names it), the names (in ``lang``) of the entities it
    involves and its date, so two funding rounds of one company are two distinct rows. The date
    axis reads at any span, from days to decades. Korean, Chinese or Japanese labels are drawn
    with an installed CJK font such as Noto Sans CJK; without one, see
    :class:`~aibrief.warnings.MissingFontWarning`.

    >>> import aibrief as ab
    >>> ax = ab.plot_timeline(ab.datasets.deepseek())
    >>> [label.get_text() for label in ax.get_yticklabels()][:2]
    ['stated age: Liang Wenfeng (2002)', 'stated age: Liang Wenfeng (2008)']
    >>> len(ax.patches)  # the facts dated to a month, quarter or year
    21
    """
    _require_matplotlib("plot_timeline")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    facts = brief.timeline()
    if not facts:
        message = "the brief has no dated facts to draw; give its facts a date=ab.PartialDate(...)"
        raise InvalidArgumentError(message, name="brief", value=brief)
    letters = fonts.lettering(
        lang,
        lambda lang: [
            *(label for label, _ in _row_labels(brief, facts, lang)),
            *_words(lang, "spans", "days"),
        ],
    )
    if ax is None:
        _, ax = plt.subplots(figsize=(9, 1.2 + 0.3 * len(facts)), layout="constrained")
    spans = [(row, fact.date) for row, fact in enumerate(facts) if _is_span(fact)]
    days = [(row, fact.date) for row, fact in enumerate(facts) if not _is_span(fact)]
    # matplotlib places dates as day numbers (floats); spans run to the end of their last day.
    lefts = _day_numbers([date.start for _, date in spans if date])
    rights = _day_numbers([date.end + _ONE_DAY for _, date in spans if date])
    widths = [right - left for left, right in zip(lefts, rights, strict=True)]
    ax.barh([row for row, _ in spans], widths, left=lefts, height=0.5, color="tab:blue", alpha=0.6)
    dots = _day_numbers([date.start for _, date in days if date])
    ax.plot(dots, [row for row, _ in days], "o", color="tab:red")
    ax.xaxis_date()  # dates a caller adds to these axes land on the same day numbers
    ax.set_xlim(*_date_limits([*lefts, *dots], [*rights, *(dot + 1 for dot in dots)]))
    locator = _fitting_date_locator()
    ax.xaxis.set_major_locator(locator)
    numeric = _numeric_dates(letters.lang)
    formatter = mdates.ConciseDateFormatter(locator, **numeric)  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_formatter(formatter)
    labels = _row_labels(brief, facts, letters.lang)
    # Labels are text as written: two dollar signs ("$1 million to $2 million") in a name or a
    # figure would otherwise read as a formula.
    ax.set_yticks(range(len(facts)), [letters.readable(*pair) for pair in labels], parse_math=False)
    ax.invert_yaxis()
    ax.grid(axis="x", alpha=0.3)
    spans_word, days_word = _words(letters.lang, "spans", "days")
    legend = ax.legend(
        handles=[
            Patch(color="tab:blue", alpha=0.6, label=spans_word),
            Line2D([], [], marker="o", linestyle="", color="tab:red", label=days_word),
        ],
        loc="lower right",
        bbox_to_anchor=(1, 1),  # above the axes, never over a row, growing left over the labels
        ncols=2,
        frameon=False,
        borderaxespad=0.2,
    )
    letters.apply(ax, *legend.get_texts())
    return ax


def plot_statistic(brief: Brief, metric: str, *, ax: Axes | None = None, lang: str = "en") -> Axes:
    """Draw the statistics of a brief that share ``metric`` as bars, labelled with rank and figure.

    ``metric`` is the metric as the brief writes it or in any of its translations. Bars are
    ordered by rank (then by value) and labelled with the country (named in ``lang``) or the
    subject; above each, its rank and the figure as news in ``lang`` writes it, with its unit
    and qualifier ("more than 411,000 people", "35%"). Percentages get a percent axis.

    >>> import aibrief as ab
    >>> ax = ab.plot_statistic(ab.datasets.deepseek(), "AI researchers")
    >>> [label.get_text() for label in ax.get_xticklabels()]
    ['China', 'India', 'United States', 'South Korea']
    >>> [text.get_text() for text in ax.texts][::3]  # wrapped to the width of a bar
    ['#1: more than\\n411,000 people', '#9: more than\\n21,000 people']
    >>> ax.get_ylabel()
    'people'
    >>> print(ax.get_title())
    AI researchers, as of 2023-12
    Korea Institute of S&T Evaluation and Planning
    """
    _require_matplotlib("plot_statistic")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import PercentFormatter, StrMethodFormatter

    statistics = _statistics(brief, metric)
    units = {_unit(statistic.value) for statistic in statistics}
    if len(units) > 1:
        message = f"the statistics of {metric!r} are in different units ({', '.join(sorted(units))}); plot one unit at a time"
        raise InvalidArgumentError(message, name="metric", value=metric)
    unit = units.pop()
    letters = fonts.lettering(lang, lambda lang: _statistic_texts(brief, statistics, lang))
    lang = letters.lang
    if ax is None:
        _, ax = plt.subplots(figsize=(1.5 + 1.2 * len(statistics), 4), layout="constrained")
    # Bar heights are for the eye only, so a float is fine here; the labels keep exact figures.
    heights = [float(_magnitude(statistic.value)) for statistic in statistics]
    bars = ax.bar(range(len(statistics)), heights, color="tab:blue")
    subjects = [
        letters.readable(_subject(brief, statistic, lang), statistic.country or statistic.id)
        for statistic in statistics
    ]
    ax.set_xticks(range(len(statistics)), [_wrapped(s) for s in subjects], parse_math=False)
    figures = [letters.readable(_annotation(s, lang), _annotation(s, "en")) for s in statistics]
    annotations = ax.bar_label(
        bars,
        labels=[_wrapped(figure, _FIGURE_WIDTH) for figure in figures],
        padding=2,
        fontsize="small",
        parse_math=False,
    )
    ax.margins(y=0.15)  # room for the annotations above the tallest bar
    if unit == "percent":
        ax.yaxis.set_major_formatter(PercentFormatter(xmax=100))
    else:  # grouped digits, and as many decimals as the ticks need (0.05, not "0")
        ax.yaxis.set_major_formatter(StrMethodFormatter(f"{{x:,.{_decimals(ax.get_yticks())}f}}"))
    ax.set_ylabel(letters.readable(_unit_label(unit, lang), unit), parse_math=False)
    ax.set_title(letters.readable(_title(brief, statistics[0], lang), metric), parse_math=False)
    letters.apply(ax, *annotations, ax.title, ax.yaxis.label)
    return ax


# --- Private helpers ---------------------------------------------------------------------------


def _require_matplotlib(function: str) -> None:
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        raise MissingExtraError(
            f"{function} needs matplotlib, which is not installed; "
            "run: pip install 'aibrief[plot]'",
            package="matplotlib",
            extra="plot",
        ) from None


def _three(lang: str) -> Lang:
    """The language of the chart's own words: Korean, Chinese, or English for any other."""
    language = lang.replace("_", "-").partition("-")[0].lower()
    return "ko" if language == "ko" else "zh" if language == "zh" else "en"


def _words(lang: str, *keys: str) -> list[str]:
    index = ("en", "ko", "zh").index(_three(lang))
    return [_WORDS[key][index] for key in keys]


def _colon(lang: str) -> str:
    return "：" if _three(lang) == "zh" else ": "


def _numeric_dates(lang: str) -> dict[str, list[str]]:
    return {} if _three(lang) == "en" else dict(_NUMERIC_DATES)


def _fitting_date_locator() -> Any:
    """matplotlib's AutoDateLocator, with no more ticks than the drawn axis has room for.

    AutoDateLocator allows up to a dozen ticks however narrow the axis; this one measures the
    axis when it is drawn and allows a tick every :data:`_TICK_SPACING` points, at least three,
    so the ConciseDateFormatter's labels ("2024", "Apr", "Jan-27") never touch.
    """
    import matplotlib.dates as mdates

    class FittingDateLocator(mdates.AutoDateLocator):
        def get_locator(self, dmin: datetime.datetime, dmax: datetime.datetime) -> Any:
            axes = getattr(self.axis, "axes", None)
            figure = None if axes is None else axes.get_figure(root=True)
            if axes is not None and figure is not None:
                points = axes.get_window_extent().width * 72 / figure.dpi
                room = max(_MIN_TICKS, int(points // _TICK_SPACING))
                self.maxticks = dict.fromkeys(self.maxticks, room)
                # A narrow axis steps up to the coarser unit sooner: months, not 14-day steps.
                self.minticks = 2 if room < 2 * _MIN_TICKS else _MIN_TICKS
            return super().get_locator(dmin, dmax)  # type: ignore[no-untyped-call]

    locator = FittingDateLocator(minticks=_MIN_TICKS)  # type: ignore[no-untyped-call]
    # Room for three ticks only: 23 months want a step of a year, 59 days one of a month,
    # longer than matplotlib's longest at those frequencies (6 months, 14 days); and 5 days
    # one of 3 days, which it lacks.
    locator.intervald[mdates.MONTHLY] = [*locator.intervald[mdates.MONTHLY], 12]
    locator.intervald[mdates.DAILY] = sorted({*locator.intervald[mdates.DAILY], 3, 31})
    return locator


def _date_limits(starts: list[float], ends: list[float]) -> tuple[float, float]:
    """The x range: the facts with a margin of 5%, and of a day at least.

    Facts are dated to the day at most, so a day either side keeps the ticks on whole days
    (a single fact would otherwise get matplotlib's four years around it, or hours).
    """
    low, high = min(starts), max(ends)
    margin = max(1.0, 0.05 * (high - low))
    return low - margin, high + margin


def _day_numbers(dates: list[datetime.date]) -> list[float]:
    import matplotlib.dates as mdates

    # date2num has no annotations; its signature for dates is this one.
    to_number = cast("Callable[[datetime.date], float]", mdates.date2num)
    return [to_number(date) for date in dates]


def _is_span(fact: Fact) -> bool:
    return fact.date is not None and fact.date.precision != "day"


def _row_labels(brief: Brief, facts: Sequence[Fact], lang: str) -> list[tuple[str, str]]:
    """Each row's label and its fallback (the fact's id), told apart by entity and date."""
    labels = [_fact_label(brief, fact, lang) for fact in facts]
    seen: dict[str, int] = {}
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
    # Same kind, names and date twice: the ids tell the rows apart.
    return [
        (label if seen[label] == 1 else f"{label} [{fact.id}]", fact.id)
        for label, fact in zip(labels, facts, strict=True)
    ]


def _fact_label(brief: Brief, fact: Fact, lang: str) -> str:
    date = f" ({fact.date})" if fact.date is not None else ""
    if isinstance(fact, Statistic):  # many share a publisher; the metric and subject tell apart
        return f"{_metric(fact, lang)}{_colon(lang)}{_subject(brief, fact, lang)}{date}"
    names = [display_name(brief, ref, lang) for ref in fact.involved]
    shown = ("、" if _three(lang) == "zh" else ", ").join(names[:_NAMES_PER_LABEL])
    more = f" +{len(names) - _NAMES_PER_LABEL}" if len(names) > _NAMES_PER_LABEL else ""
    kind = kind_label(fact.kind, _three(lang))
    return f"{kind}{_colon(lang)}{shown}{more}{date}" if names else f"{kind}{date}"


def _statistics(brief: Brief, metric: str) -> list[Statistic]:
    found = [
        fact
        for fact in brief.of_kind(Statistic)
        if metric == fact.metric
        or (fact.metric_in and metric in dict(fact.metric_in.texts).values())
    ]
    if not found:
        known = sorted({fact.metric for fact in brief.of_kind(Statistic)})
        message = (
            f"no statistic of the brief has the metric {metric!r}; "
            f"expected one of {', '.join(map(repr, known)) or 'none (the brief has no statistics)'}"
        )
        raise InvalidArgumentError(message, name="metric", value=metric)
    found.sort(key=lambda fact: (fact.rank is None, fact.rank or 0, -_magnitude(fact.value)))
    return found


def _statistic_texts(brief: Brief, statistics: list[Statistic], lang: str) -> list[str]:
    unit = _unit(statistics[0].value)
    return [
        *(_subject(brief, statistic, lang) for statistic in statistics),
        *(_annotation(statistic, lang) for statistic in statistics),
        _unit_label(unit, lang),
        _title(brief, statistics[0], lang),
    ]


def _magnitude(value: Any) -> Decimal:
    """The number inside a value, or inside an Approx of one (its central value)."""
    return magnitude(value.value if isinstance(value, Approx) else value)


def _unit(value: Any) -> str:
    if isinstance(value, Approx):
        return _unit(value.value)
    if isinstance(value, Money):
        return value.currency
    if isinstance(value, Decimal):
        return ""
    return as_units(value)


def _unit_label(unit: str, lang: str) -> str:
    """The y axis label: the unit in the chart's words ("people", "단위: 명"); none for %."""
    if not unit or unit == "percent":
        return ""
    three = _three(lang)
    words = COUNT_WORDS["zh_Hans" if three == "zh" else three].get(unit)
    word = unit if words is None else words[1] if three == "en" else words[0]
    return _words(lang, "unit")[0].format(unit=word)


def _annotation(statistic: Statistic, lang: str) -> str:
    """The figure as news in the chart's language writes it, after the rank if there is one."""
    # News style is exact: it writes every digit, in words the reader knows ("41만1000여 명"),
    # in Korean, Chinese (either script) or English; other languages read the English.
    locale = lang.replace("-", "_") if _three(lang) != "en" else "en"
    figure = format_amount(statistic.value, locale=locale, style="news")
    if statistic.rank is None:
        return figure
    return _words(lang, "rank")[0].format(rank=statistic.rank, figure=figure)


def _decimals(ticks: Any) -> int:
    """The fewest decimals that write every tick of an axis exactly: 0 for 100,000s, 2 for .25s."""
    values = [float(tick) for tick in ticks]
    for places in range(10):
        if all(abs(float(f"{v:.{places}f}") - v) <= 1e-9 * max(1.0, abs(v)) for v in values):
            return places
    return 10


def _wrapped(text: str, width: int = _BAR_LABEL_WIDTH) -> str:
    return "\n".join(wrap(text, width))


def _subject(brief: Brief, statistic: Statistic, lang: str) -> str:
    if statistic.country is not None:
        return _territory(statistic.country, lang)
    if statistic.subject is not None:
        return display_name(brief, statistic.subject, lang)
    return statistic.id


def _metric(statistic: Statistic, lang: str) -> str:
    return in_language(statistic.metric, statistic.metric_in, lang)


def _territory(code: str, lang: str) -> str:
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(lang.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        message = f"lang {lang!r} is not a locale babel knows; pass a tag such as 'en' or 'ko'"
        raise InvalidArgumentError(message, name="lang", value=lang) from None
    name = locale.territories.get(code)
    return code if name is None else str(name)


def _title(brief: Brief, statistic: Statistic, lang: str) -> str:
    shown = _metric(statistic, lang)
    start, end = statistic.period_start, statistic.period_end
    if start is not None and end is not None:
        title = _words(lang, "period")[0].format(metric=shown, start=start, end=end)
    elif end is not None:
        title = _words(lang, "as_of")[0].format(metric=shown, end=end)
    else:
        title = shown
    publisher = statistic.published_by
    by = "" if publisher is None else f"\n{display_name(brief, publisher, lang)}"
    return f"{title}{by}"
