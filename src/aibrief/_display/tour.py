"""The timeline of ``aibrief tour``: one line per fact, in English, Korean or Chinese.

:func:`timeline` turns each fact of a brief into an :class:`Entry` (date, kind label, one-line
summary). Amounts are written as the chosen language's news writes them
(:func:`aibrief.format_amount` with ``style="news"``), the stated equivalent in parentheses as
the article gives it; with a target currency, each amount of money is also converted at the
ECB rate of the fact's date when the fact is dated to a day, else of its source's publication
date, and the line says which. Entity names come from :meth:`aibrief.Names.name_in`, falling
back to English; a fact's own words (a milestone's description, a metric, a city) come from its
translations (``description_in``, ...), else they are shown as written.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Callable
from decimal import ROUND_HALF_EVEN, Decimal
from typing import TYPE_CHECKING, Any, Final

import attrs

from aibrief._brief.naming import display_name
from aibrief._claims.checker import check_claims
from aibrief._core.decimal import EXACT
from aibrief._core.types import Lang
from aibrief._display.claim_table import claim_json, claim_lines, summary_line
from aibrief._display.finance_words import FINANCE_LABELS, FINANCE_SUMMARIES
from aibrief._display.table import Column, render, wrap
from aibrief._display.tour_words import KIND_LABELS, SUMMARIES, WORDS, Say, kind_label
from aibrief._models.names import Translations, in_language
from aibrief._money.conversion import convert
from aibrief._money.money import Money
from aibrief._quantities.approx import Approx
from aibrief._writing.formatting import format_amount
from aibrief.errors import RateUnavailableError

if TYPE_CHECKING:
    from aibrief._brief.brief import Brief
    from aibrief._models.facts import Fact

__all__ = [
    "Entry",
    "entry_json",
    "timeline",
    "timeline_lines",
    "tour_json",
    "tour_lines",
]

#: The languages the tour is written in.
#: Significant digits of a converted amount: enough to read, and marked "≈".
SIGNIFICANT: Final = 4
# The words of every built-in kind: the general ones and those of financial news.
_LABELS: Final = {**KIND_LABELS, **FINANCE_LABELS}
_SUMMARIES: Final = {**SUMMARIES, **FINANCE_SUMMARIES}


@attrs.frozen
class Entry:
    """One line of the timeline and the conversions behind its amounts."""

    fact: str
    date: str | None
    kind: str
    summary: str
    conversions: tuple[dict[str, Any], ...] = ()


def tour_lines(brief: Brief, *, lang: Lang, currency: str | None, width: int) -> list[str]:
    """The text of ``aibrief tour``: a heading, the timeline, then the claim table."""
    say = Say(lang)
    sources = ", ".join(
        f"{source.publisher} {source.published or ''}".strip() for source in brief.sources
    )
    heading = say(WORDS["heading"]).format(
        facts=len(brief.facts), entities=len(brief.entities), sources=sources
    )
    lines = wrap(heading, width)
    if currency:
        lines += wrap(say(WORDS["currency_note"]).format(currency=currency), width)
    entries = timeline(brief, lang=lang, currency=currency)
    lines += ["", *timeline_lines(entries, lang=lang, width=width), ""]
    checks = check_claims(brief)
    lines += [say(WORDS["claims"]), *wrap(summary_line(checks, lang=lang), width), ""]
    return lines + claim_lines(checks, lang=lang, width=width)


def tour_json(brief: Brief, *, lang: Lang, currency: str | None) -> dict[str, Any]:
    """The data of ``aibrief tour --json``: the timeline entries and the claim checks."""
    return {
        "lang": lang,
        "currency": currency,
        "timeline": [entry_json(entry) for entry in timeline(brief, lang=lang, currency=currency)],
        "claims": [claim_json(check, lang) for check in check_claims(brief)],
    }


def timeline(brief: Brief, *, lang: Lang, currency: str | None = None) -> list[Entry]:
    """The dated facts in date order, then the undated ones in brief order.

    >>> import aibrief as ab
    >>> from aibrief._display.tour import timeline
    >>> entries = timeline(ab.datasets.deepseek(), lang="ko", currency="KRW")
    >>> [(entry.date, entry.summary) for entry in entries if entry.kind == "market_move"]
    [('2025-01-27', '엔비디아 주가 17% 하락 (NASDAQ)'), ('2025-01-31', 'SK하이닉스 주가 10% 가까이 하락 (KRX)')]
    >>> entries[-11].summary
    '딥시크 모델 개발비 557만6000달러(약 80억원) [≈ 80억8300만원, 2025-01-31 환율·기사 날짜 기준], H800 사용'
    >>> entries[-11].conversions[0]["rate"]
    '1449.648802078321947464639661310497'

    """
    facts = [*brief.timeline(), *(fact for fact in brief.facts if fact.date is None)]
    writer = _Writer(brief, lang, currency)
    return [writer.entry(fact) for fact in facts]


def timeline_lines(entries: list[Entry], *, lang: Lang, width: int) -> list[str]:
    """The timeline as a table of date, kind and summary fitting ``width`` columns."""
    say = Say(lang)
    columns = [
        Column(say(WORDS["date"]), min_width=10),
        Column(say(WORDS["kind"]), min_width=8, max_width=14),
        Column(say(WORDS["summary"]), min_width=18),  # 10 + 2 + 8 + 2 + 18: fits 40
    ]
    rows = [
        [
            entry.date or say(WORDS["undated"]),
            say(_LABELS[entry.kind]) if entry.kind in _LABELS else kind_label(entry.kind, lang),
            entry.summary,
        ]
        for entry in entries
    ]
    return render(columns, rows, width=width)


def entry_json(entry: Entry) -> dict[str, Any]:
    """An entry as JSON-ready data."""
    return {
        "fact": entry.fact,
        "date": entry.date,
        "kind": entry.kind,
        "summary": entry.summary,
        "conversions": list(entry.conversions),
    }


class _Writer:
    """Writes the summaries of one brief in one language, converting to one currency."""

    def __init__(self, brief: Brief, lang: Lang, currency: str | None) -> None:
        self.brief, self.lang, self.currency = brief, lang, currency
        self.say = Say(lang)
        self._name = functools.partial(display_name, brief, lang=lang)
        self._fact: Fact | None = None
        self._conversions: list[dict[str, Any]] = []

    def entry(self, fact: Fact) -> Entry:
        self._fact, self._conversions = fact, []
        write: Callable[[_Writer, Any], str] | None = _SUMMARIES.get(fact.kind)
        summary = write(self, fact) if write is not None else self._generic(fact)
        date = None if fact.date is None else str(fact.date)
        return Entry(fact.id, date, fact.kind, summary, tuple(self._conversions))

    # --- Used by the summaries of _tour_words ---------------------------------------------

    def name(self, entity_id: str | None) -> str:
        """The entity's name in the tour language, else English; the id if it has none."""
        return "" if entity_id is None else self._name(entity_id)

    def names(self, ids: tuple[str, ...]) -> str:
        """Several names joined as the language lists them."""
        names = [self.name(i) for i in ids]
        if self.lang == "en" and len(names) > 1:
            return ", ".join(names[:-1]) + " and " + names[-1]
        return self.say((", ", ", ", "、")).join(names)

    def text(self, words: str, translations: Translations | None) -> str:
        """A fact's own words in the tour language, from its translations; else as written."""
        return in_language(words, translations, self.lang)

    def country(self, code: str) -> str:
        """A country's name in the tour language (babel's territory names)."""
        return self._name(code)

    def figure(self, value: Any) -> str:
        """A number, quantity or amount as news writes it, without conversion."""
        return format_amount(value, locale=self.lang, style="news")

    def amount(self, field: str, value: Any, *, stated: Any = None, per: Any = None) -> str:
        """An amount of money with its stated equivalent and, if asked, its conversion."""
        text = self.figure(value)
        if per is not None:
            text = self.say(WORDS["per"]).format(amount=text, per=self.figure(per))
        if stated is not None:
            text += self.say((" ({})", "({})", "（{}）")).format(self.figure(stated))
        note = self._convert(field, value)
        return f"{text} [{note}]" if note else text

    # --- Private helpers ------------------------------------------------------------------

    def _generic(self, fact: Fact) -> str:
        return f"{fact.kind}: {self.names(fact.involved)}"

    def _convert(self, field: str, value: Any) -> str | None:
        money = value.value if isinstance(value, Approx) else value
        if self.currency is None or not isinstance(money, Money):
            return None
        if money.currency == self.currency:
            return None
        when = self._rate_day()
        if when is None:
            return self.say(WORDS["no_date"])
        day, basis = when
        try:
            conversion = convert(money, self.currency, on=day, missing="previous")
        except RateUnavailableError:
            return self.say(WORDS["no_rate"]).format(currency=self.currency, date=day)
        self._conversions.append(
            {
                "field": field,
                "amount": f"{money.amount:f}",
                "currency": money.currency,
                "to": self.currency,
                "result": f"{conversion.result.amount:f}",
                "rate": f"{conversion.rate:f}",
                "rate_date": conversion.rate_date.isoformat(),
                "basis": basis,
            }
        )
        rounded = _rounded(conversion.result)
        shown: Money | Approx[Money] = rounded
        if isinstance(value, Approx) and value.qualifier not in ("exact", "range"):
            shown = Approx(rounded, value.qualifier)
        return self.say(WORDS["converted"]).format(
            amount=self.figure(shown), date=conversion.rate_date, basis=self.say(WORDS[basis])
        )

    def _rate_day(self) -> tuple[datetime.date, str] | None:
        # The fact's own day when it has one; else the day its source was published.
        fact = self._fact
        assert fact is not None
        if fact.date is not None and fact.date.precision == "day":
            return fact.date.start, "fact_date"
        for citation in fact.citations:
            try:
                published = getattr(self.brief.get(citation.source), "published", None)
            except LookupError:
                continue
            if published is not None and published.precision == "day":
                return published.start, "publication_date"
        return None


def _rounded(money: Money) -> Money:
    """``money`` to :data:`SIGNIFICANT` significant digits, half to even."""
    amount = money.amount
    if not amount:
        return money
    exponent = amount.adjusted() - SIGNIFICANT + 1
    rounded = amount.quantize(Decimal(1).scaleb(exponent), ROUND_HALF_EVEN, EXACT)
    if exponent > 0:
        rounded = Decimal(int(rounded))
    return Money._trusted(rounded, money.currency)
