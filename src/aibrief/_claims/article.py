"""Checking the figures of any article's text: stated equivalences and ratios between figures.

:func:`check_text` needs no brief. It reads the text with :func:`aibrief.find_amounts` and
checks:

* every **stated equivalence**: a figure with its conversion in brackets ("X(약 Y)",
  "X（约Y）", "$X (about ₩Y)"), or joined by a middle dot ("X·Y"), in two currencies. Each is
  checked at the rate of the publication date and, when the text dates it, at that of the
  event's date: the last date phrase before the figure in its sentence, or in the sentence
  before when the figure's own starts by pointing back to it ("당시", "当时", "At the time");
* every **ratio stated between two figures** the text gives ("B사 3조원의 3분의 1", "5.6% of
  the $100 million", "对手1500万美元的三分之一"), in :mod:`aibrief._claims.stated_ratios`.

The checks and their tolerance are those of :func:`aibrief.check_claims`. A statement
repeated word for word (a scraped page often repeats its body) is checked once.
"""

from __future__ import annotations

import bisect
import datetime
import re
from typing import TYPE_CHECKING, Any, Final, NamedTuple

from aibrief._claims.check import ClaimCheck, ClaimChecks
from aibrief._claims.equivalence import Claim, check_equivalence
from aibrief._claims.stated_ratios import ratio_checks
from aibrief._claims.tolerance import claim_tolerance
from aibrief._core.types import LANGS, Lang
from aibrief._dates.finding import FoundDate, find_dates
from aibrief._dates.partial_date import PartialDate
from aibrief._money.money import Money
from aibrief._quantities.approx import Approx
from aibrief._reading.mentions import ParsedAmount
from aibrief._reading.parsing import find_amounts
from aibrief.errors import AmountTypeError, DateTypeError, InvalidArgumentError
from aibrief.rates import ecb

if TYPE_CHECKING:
    from aibrief._claims.check import Basis
    from aibrief.rates.sources import RateSource

__all__ = ["check_text", "sentences"]

#: What a check of a text names as its source.
SOURCE: Final = "text"
# Between a figure and its equivalent when the reader did not join them: an opening bracket,
# maybe after a currency word the reader left out ("100亿元人民币（约14亿美元）"), or a middle dot.
_OPEN: Final = re.compile(r"[^\d\s()（），,。.、;；:：]{0,4}\s*[(（]\s*")
# What may follow such an equivalent before its closing bracket: a currency word the reader
# leaves out ("约40亿元人民币）").
_CLOSE: Final = re.compile(r"[^()（）\n]{0,6}?[)）]")
_DOT: Final = re.compile(r"\s*[·・]\s*")
# Where the figure of an equivalence ends and its equivalent starts: the check's subject.
_SUBJECT_END: Final = re.compile(r"\s*[(（·・]")
# Where a sentence ends: a full stop, question or exclamation mark before a space or the end
# (not the point of "5.6%"), a Chinese one anywhere, or a line break.
_SENTENCE_END: Final = re.compile(r"[.!?](?=\s|$)|[。！？]|\n+")
# Words that open a sentence about the time of the sentence before.
_BACK_REFERENCE: Final = re.compile(
    r"\s*(?:당시|이때|그때|이 기간|当时|當時|那时|那時|此时|此時|(?:at the time|at that time|then)\b)",
    re.IGNORECASE,
)


def check_text(
    text: str,
    *,
    published: datetime.date | PartialDate,
    rates: RateSource | None = None,
    locale: str | None = None,
) -> ClaimChecks:
    """Check every stated equivalence and every ratio between two figures of an article.

    ``published`` is the article's publication date (a day, or a month or year when that is
    all that is known): each equivalence is checked at its rate, and at the rate of the date
    the text gives the event, if it gives one. ``rates`` is any rate source (default
    :func:`aibrief.rates.ecb`); ``locale`` the language of the text ("ko", "zh", "en" or a
    babel identifier such as "zh_Hans"), by default told from its script.

    >>> import datetime, aibrief as ab
    >>> text = "2019년 운용자산은 100억위안(약 2조원)을 돌파했다."
    >>> for check in ab.check_text(text, published=datetime.date(2025, 1, 31)):
    ...     print(check.phrase, check.basis, check.on, check.verdict)
    100억위안(약 2조원)을 돌파 publication 2025-01-31 consistent
    100억위안(약 2조원)을 돌파 event 2019 consistent
    >>> ab.check_text(text, published=None)
    Traceback (most recent call last):
    ...
    aibrief.errors.DateTypeError: published=None: an article is checked at the rate of its publication date; pass published=datetime.date(2025, 1, 31), a PartialDate, or its ISO text
    """
    if not isinstance(text, str):
        message = f"text {text!r} is a {type(text).__name__}; pass the article as a str"
        raise AmountTypeError(message, value=text)
    day = _publication(published)
    lang = _language(locale)
    source = ecb() if rates is None else rates
    mentions = [m for m in find_amounts(text, lang=lang) if isinstance(m, ParsedAmount)]
    dates = sorted(find_dates(text, reference=day), key=lambda found: found.span[0])
    parts = sentences(text)
    starts = _Starts([begin for begin, _ in parts], [found.span[0] for found in dates])
    checks = ClaimChecks()
    seen: set[tuple[Any, ...]] = set()
    pairs = _equivalences(text, mentions)
    for start, end, amount, equivalent in pairs:
        phrase = text[start:end]
        on = _event_date(text, start, parts, dates, starts)
        key = (phrase, on)
        if key in seen:
            continue
        seen.add(key)
        checks += _checks_of(phrase, (start, end), amount, equivalent, day, on, source)
    # An equivalent the reader left as a mention of its own is not a figure of its own.
    # By identity, in a set: a scan of the pairs for each mention is quadratic in long text.
    equivalents = {id(pair[3]) for pair in pairs}
    figures = [m for m in mentions if id(m) not in equivalents]
    checks += ratio_checks(text, figures, parts, published=day, rates=source, seen=seen)
    return ClaimChecks(sorted(checks, key=lambda check: check.span or (0, 0)))


def sentences(text: str) -> list[tuple[int, int]]:
    """The sentences of ``text`` as (start, end) offsets, in order.

    >>> sentences("2019년에 돌파했다. 당시 1위안(200원)이었다.")
    [(0, 12), (12, 29)]
    """
    found: list[tuple[int, int]] = []
    start = 0
    for stop in _SENTENCE_END.finditer(text):
        found.append((start, stop.end()))
        start = stop.end()
    if start < len(text):
        found.append((start, len(text)))
    return found


# --- Stated equivalences ----------------------------------------------------------------------


def _equivalences(
    text: str, mentions: list[ParsedAmount]
) -> list[tuple[int, int, ParsedAmount, ParsedAmount]]:
    """(start, end, figure, its stated equivalent) for every equivalence in two currencies."""
    found = []
    for index, mention in enumerate(mentions):
        if mention.equivalent is not None:
            pair = (mention, mention.equivalent)
            span = mention.span
        elif index + 1 < len(mentions) and (joined := _joined(text, mention, mentions[index + 1])):
            pair, span = (mention, mentions[index + 1]), joined
        else:
            continue
        if _comparable(*pair):
            found.append((span[0], span[1], pair[0], pair[1]))
    return found


def _joined(text: str, first: ParsedAmount, second: ParsedAmount) -> tuple[int, int] | None:
    """The span of "X（约Y）" or "X·Y" that the reader left as two mentions, else None."""
    between = text[first.span[1] : second.span[0]]
    if _DOT.fullmatch(between):
        return first.span[0], second.span[1]
    if _OPEN.fullmatch(between) and (closing := _CLOSE.match(text, second.span[1])):
        return first.span[0], closing.end()
    return None


def _comparable(figure: ParsedAmount, equivalent: ParsedAmount) -> bool:
    """Two amounts of money in different currencies, per the same unit if prices, not ranges."""
    if figure.currency is None or equivalent.currency is None:
        return False
    if figure.currency == equivalent.currency or "range" in (
        figure.qualifier,
        equivalent.qualifier,
    ):
        return False
    if (figure.per is None) != (equivalent.per is None):
        return False
    if figure.per is not None and equivalent.per is not None:
        return (figure.per.value, figure.per.unit) == (equivalent.per.value, equivalent.per.unit)
    return figure.fraction is None and equivalent.fraction is None


def _checks_of(
    phrase: str,
    span: tuple[int, int],
    figure: ParsedAmount,
    equivalent: ParsedAmount,
    published: PartialDate,
    event: PartialDate | None,
    rates: RateSource,
) -> list[ClaimCheck]:
    """The checks of one equivalence: at the publication date, and at the event's if given."""
    amount = Money(figure.value, figure.currency or "")
    money = Money(equivalent.value, equivalent.currency or "")
    stated = money if equivalent.qualifier == "exact" else Approx(money, equivalent.qualifier)
    claim = Claim(
        fact=f"text@{span[0]}",
        kind="equivalence",
        subject=_SUBJECT_END.split(phrase, maxsplit=1)[0],
        phrase=phrase,
        source=SOURCE,
        stated=stated,
        phrase_agrees=None,
        span=span,
    )
    tolerance = claim_tolerance(equivalent)
    dates: list[tuple[Basis, PartialDate]] = [("publication", published)]
    if event is not None and event != published:
        dates.append(("event", event))
    return [
        check_equivalence(
            amount, stated, basis=basis, on=on, rates=rates, claim=claim, tolerance=tolerance
        )
        for basis, on in dates
    ]


# --- Dates ------------------------------------------------------------------------------------


class _Starts(NamedTuple):
    """Where each sentence and each found date starts, in order, to find them by bisection:
    a scan of all of them for each figure is quadratic in a long text."""

    sentences: list[int]
    dates: list[int]


def _event_date(
    text: str,
    start: int,
    parts: list[tuple[int, int]],
    dates: list[FoundDate],
    starts: _Starts,
) -> PartialDate | None:
    """The last date before ``start`` in its sentence, or in the one before when the sentence
    points back to it ("당시 ..."); None when the text does not date the figure. ``dates``
    are in the order of their starts."""
    here = bisect.bisect_right(starts.sentences, start) - 1
    if here < 0 or start >= parts[here][1]:
        return None
    begin = parts[here][0]
    candidates = dates[bisect.bisect_left(starts.dates, begin) : bisect.bisect_right(starts.dates, start)]  # fmt: skip
    before = [found.date for found in candidates if found.span[1] <= start]
    if before:
        return before[-1]
    if here > 0 and _BACK_REFERENCE.match(text, begin):
        previous = parts[here - 1]
        low, high = (bisect.bisect_left(starts.dates, edge) for edge in previous)
        within = [found.date for found in dates[low:high]]
        return within[-1] if within else None
    return None


def _publication(published: object) -> PartialDate:
    if isinstance(published, PartialDate):
        return published
    if isinstance(published, datetime.date) and not isinstance(published, datetime.datetime):
        return PartialDate.from_date(published)
    if isinstance(published, str):
        return PartialDate.parse(published)
    fix = "pass published=datetime.date(2025, 1, 31), a PartialDate, or its ISO text"
    message = (
        f"published={published!r}: an article is checked at the rate of its publication date; {fix}"
    )
    raise DateTypeError(message, value=published)


def _language(locale: object) -> Lang | None:
    """The reading language of a locale: "zh_Hans_CN" reads as "zh"; None tells from script."""
    if locale is None:
        return None
    language = locale.replace("-", "_").split("_")[0].lower() if isinstance(locale, str) else ""
    for known in LANGS:
        if language == known:
            return known
    message = f"locale {locale!r} is not a language aibrief reads; pass 'ko', 'zh' or 'en' (or None to tell from the script)"
    raise InvalidArgumentError(message, name="locale", value=locale)
