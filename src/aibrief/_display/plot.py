"""Figures of a brief with matplotlib: a timeline of its facts and a statistic by country.

matplotlib is an optional extra (``pip install 'aibrief[plot]'``), imported inside each
function so that ``import aibrief`` stays light. Both functions draw on the axes they are given,
or on a new pyplot figure (which Jupyter shows under the cell), and return the axes.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final, cast

from aibrief._brief.naming import display_name
from aibrief._models.events import Statistic
from aibrief._money.money import Money
from aibrief._quantities.approx import Approx
from aibrief._quantities.magnitude import magnitude
from aibrief.errors import InvalidArgumentError, MissingExtraError

if TYPE_CHECKING:
    from collections.abc import Callable

    from matplotlib.axes import Axes

    from aibrief._brief.brief import Brief
    from aibrief._models.events import Statistic
    from aibrief._models.facts import Fact

__all__ = ["plot_statistic", "plot_timeline"]

_ONE_DAY: Final = datetime.timedelta(days=1)
# Languages whose names need a CJK font, and fonts that have their glyphs, in order of preference.
_CJK_LANGUAGES: Final = frozenset({"ko", "zh", "ja"})
_CJK_FONTS: Final = (
    "Noto Sans CJK KR",
    "Noto Sans CJK SC",
    "Noto Sans CJK JP",
    "Source Han Sans",
    "NanumGothic",
    "Malgun Gothic",
    "Apple SD Gothic Neo",
    "AppleGothic",
    "Microsoft YaHei",
    "SimHei",
)
_NAMES_PER_LABEL: Final = 3


def plot_timeline(brief: Brief, *, ax: Axes | None = None, lang: str = "en") -> Axes:
    """Draw the dated facts of a brief on a date axis, one row each, earliest at the top.

    A fact dated to the day is a dot; one dated to a month, quarter or year is a bar spanning
    that period, so a year-only date is not mistaken for 1 January. Each row is labelled with
    the fact's kind and the names (in ``lang``) of the entities it involves. Korean, Chinese or
    Japanese names need a CJK font such as Noto Sans CJK; one found on the system is used.

    >>> import aibrief as ab
    >>> ax = ab.plot_timeline(ab.datasets.deepseek())
    >>> [label.get_text() for label in ax.get_yticklabels()][:2]
    ['stated age: Liang Wenfeng', 'stated age: Liang Wenfeng']
    >>> len(ax.patches)  # the facts dated to a month, quarter or year
    21
    """
    _require_matplotlib("plot_timeline")
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    facts = brief.timeline()
    if not facts:
        message = "the brief has no dated facts to draw; give its facts a date=ab.PartialDate(...)"
        raise InvalidArgumentError(message, name="brief", value=brief)
    if ax is None:
        _, ax = plt.subplots(figsize=(9, 1 + 0.3 * len(facts)), layout="constrained")
    spans = [(row, fact.date) for row, fact in enumerate(facts) if _is_span(fact)]
    days = [(row, fact.date) for row, fact in enumerate(facts) if not _is_span(fact)]
    # matplotlib places dates as day numbers (floats); spans run to the end of their last day.
    lefts = _day_numbers([date.start for _, date in spans if date])
    rights = _day_numbers([date.end + _ONE_DAY for _, date in spans if date])
    widths = [right - left for left, right in zip(lefts, rights, strict=True)]
    ax.barh([row for row, _ in spans], widths, left=lefts, height=0.5, color="tab:blue", alpha=0.6)
    dots = _day_numbers([date.start for _, date in days if date])
    ax.plot(dots, [row for row, _ in days], "o", color="tab:red")
    ax.xaxis_date()
    ax.set_yticks(range(len(facts)), [_fact_label(brief, fact, lang) for fact in facts])
    _use_fonts_for(lang, ax.get_yticklabels())
    ax.invert_yaxis()
    ax.grid(axis="x", alpha=0.3)
    ax.legend(
        handles=[
            Patch(color="tab:blue", alpha=0.6, label="month, quarter or year"),
            Line2D([], [], marker="o", linestyle="", color="tab:red", label="day"),
        ],
        loc="lower left",
    )
    return ax


def plot_statistic(brief: Brief, metric: str, *, ax: Axes | None = None, lang: str = "en") -> Axes:
    """Draw the statistics of a brief that share ``metric`` as bars, annotated with their rank.

    Bars are ordered by rank (then by value), labelled with the country (named in ``lang``) or
    the subject, and annotated with the rank and the figure as stated ("over 411,000").

    >>> import aibrief as ab
    >>> ax = ab.plot_statistic(ab.datasets.deepseek(), "AI researchers")
    >>> [label.get_text() for label in ax.get_xticklabels()]
    ['China', 'India', 'United States', 'South Korea']
    >>> [text.get_text() for text in ax.texts]
    ['#1: over 411,000', '#2: 195,000', '#3: 120,000', '#9: over 21,000']
    >>> ax.get_ylabel()
    'person'
    >>> print(ax.get_title())
    AI researchers, as of 2023-12
    Korea Institute of S&T Evaluation and Planning
    """
    _require_matplotlib("plot_statistic")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import StrMethodFormatter

    statistics = _statistics(brief, metric)
    units = {_unit(statistic.value) for statistic in statistics}
    if len(units) > 1:
        message = f"the statistics of {metric!r} are in different units ({', '.join(sorted(units))}); plot one unit at a time"
        raise InvalidArgumentError(message, name="metric", value=metric)
    if ax is None:
        _, ax = plt.subplots(figsize=(1.5 + 1.2 * len(statistics), 4), layout="constrained")
    # Bar heights are for the eye only, so a float is fine here; the labels keep exact figures.
    heights = [float(_magnitude(statistic.value)) for statistic in statistics]
    bars = ax.bar(range(len(statistics)), heights, color="tab:blue")
    labels = [_subject(brief, statistic, lang) for statistic in statistics]
    ax.set_xticks(range(len(statistics)), labels)
    _use_fonts_for(lang, ax.get_xticklabels())
    annotations = [_annotation(statistic) for statistic in statistics]
    ax.bar_label(bars, labels=annotations, padding=2, fontsize="small")
    ax.yaxis.set_major_formatter(StrMethodFormatter("{x:,.0f}"))
    ax.margins(y=0.15)  # room for the annotations above the tallest bar
    ax.set_ylabel(units.pop())
    ax.set_title(_title(brief, statistics[0], metric, lang))
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


def _day_numbers(dates: list[datetime.date]) -> list[float]:
    import matplotlib.dates as mdates

    # date2num has no annotations; its signature for dates is this one.
    to_number = cast("Callable[[datetime.date], float]", mdates.date2num)
    return [to_number(date) for date in dates]


def _is_span(fact: Fact) -> bool:
    return fact.date is not None and fact.date.precision != "day"


def _fact_label(brief: Brief, fact: Fact, lang: str) -> str:
    if isinstance(fact, Statistic):  # many share a publisher; the metric and subject tell apart
        return f"{fact.metric}: {_subject(brief, fact, lang)}"
    names = [display_name(brief, ref, lang) for ref in fact.involved]
    shown = ", ".join(names[:_NAMES_PER_LABEL])
    more = f" +{len(names) - _NAMES_PER_LABEL}" if len(names) > _NAMES_PER_LABEL else ""
    kind = fact.kind.replace("_", " ")
    return f"{kind}: {shown}{more}" if names else kind


def _use_fonts_for(lang: str, texts: Any) -> None:
    """Give text in Korean, Chinese or Japanese a font that has its glyphs, if one is installed."""
    if lang.replace("_", "-").partition("-")[0] not in _CJK_LANGUAGES:
        return
    from matplotlib import font_manager, rcParams

    installed = {font.name for font in font_manager.fontManager.ttflist}
    family = [name for name in _CJK_FONTS if name in installed] + list(rcParams["font.sans-serif"])
    for text in texts:
        text.set_fontfamily(family)


def _statistics(brief: Brief, metric: str) -> list[Statistic]:
    found = [fact for fact in brief.of_kind(Statistic) if fact.metric == metric]
    if not found:
        known = sorted({fact.metric for fact in brief.of_kind(Statistic)})
        message = (
            f"no statistic of the brief has the metric {metric!r}; "
            f"expected one of {', '.join(map(repr, known)) or 'none (the brief has no statistics)'}"
        )
        raise InvalidArgumentError(message, name="metric", value=metric)
    found.sort(key=lambda fact: (fact.rank is None, fact.rank or 0, -_magnitude(fact.value)))
    return found


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
    return str(value.units)


def _annotation(statistic: Statistic) -> str:
    figure = f"{_magnitude(statistic.value):,f}"
    value = statistic.value
    if isinstance(value, Approx) and value.qualifier != "exact":
        figure = f"{value.qualifier.replace('_', ' ')} {figure}"
    return figure if statistic.rank is None else f"#{statistic.rank}: {figure}"


def _subject(brief: Brief, statistic: Statistic, lang: str) -> str:
    if statistic.country is not None:
        return _territory(statistic.country, lang)
    if statistic.subject is not None:
        return display_name(brief, statistic.subject, lang)
    return statistic.id


def _territory(code: str, lang: str) -> str:
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(lang.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        message = f"lang {lang!r} is not a locale babel knows; pass a tag such as 'en' or 'ko'"
        raise InvalidArgumentError(message, name="lang", value=lang) from None
    name = locale.territories.get(code)
    return code if name is None else str(name)


def _title(brief: Brief, statistic: Statistic, metric: str, lang: str) -> str:
    start, end = statistic.period_start, statistic.period_end
    if start is not None and end is not None:
        period = f", {start}–{end}"
    elif end is not None:
        period = f", as of {end}"
    else:
        period = ""
    publisher = statistic.published_by
    by = "" if publisher is None else f"\n{display_name(brief, publisher, lang)}"
    return f"{metric}{period}{by}"
