"""The amount reader behind parse_amount and find_amounts: a fast path, then the full scanner.

:func:`read_simple` reads the commonest shapes of a lone amount with one regex; parse_amount
tries it first because it has a speed budget. Everything else, and every text of find_amounts,
goes through :func:`scan`, the full :class:`~aibrief._reading.scan.scanner.Scanner` (its parts
are listed in :mod:`aibrief._reading.scan`).

A test checks that both paths read every phrasing of the parsing tests the same way.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from decimal import Decimal
from typing import Final, NamedTuple

from aibrief._core.decimal import EXACT
from aibrief._core.types import Lang
from aibrief._quantities.approx import Qualifier
from aibrief._reading import lexicon as lex
from aibrief._reading.changes import DIRECTIONS, directed
from aibrief._reading.currencies import CurrencyHint, resolve
from aibrief._reading.mentions import ParsedAmount
from aibrief._reading.numerals import DIGIT_CORE, read_numeral
from aibrief._reading.scan.scanner import Scanner
from aibrief._reading.scan.tables import (
    COUNTING_UNITS,
    INNER_MARK,
    NO_CURRENCY,
    TIMES,
    Found,
    Skipped,
    tail_kinds,
)

__all__ = ["Found", "Skipped", "read_simple", "scan"]

# Counters the fast path leaves to the scanner: they also make ages and weeks (20대, 3주 만에).
_SCANNER_WORDS: Final = frozenset({"대", "주"})


def scan(text: str, lang: Lang, hint: CurrencyHint) -> list[tuple[Found, bool]]:
    """Every mention in ``text``, in order, each with whether it is strong.

    A mention is strong when something says what the number counts or how big it is: a
    currency, a unit, a scale word or a qualifier. "40" or "2023" alone is not. ``hint``
    resolves the currency words several currencies share (:mod:`aibrief._reading.currencies`).
    """
    return Scanner(text, lang, hint).scan()


def read_simple(text: str, lang: Lang, hint: CurrencyHint) -> ParsedAmount | None:
    """The commonest shapes of a lone amount, read with one regex, or ``None`` to scan.

    An amount here is digits with 만/억 groups, an over-mark and a currency word or counter
    ("557만6000달러", "41만1000여 명"). The text may hold one, with a denominator before it
    ("100만토큰당 1위안"), an equivalent after it in parentheses ("557만6000달러(약 80억원)"),
    then a qualifier and a change verb ("10% 가까이 급락", "100억위안(약 2조원)을 돌파").
    Anything else (a currency sign, a range, a label, a date word) fails the regex and goes
    through the scanner, which reads these shapes the same way.
    """
    if hint.default is not None:
        return None  # a default currency for bare figures is the scanner's rule to apply
    fast = _fast_path()
    found = fast.pattern.fullmatch(text)
    if found is None:
        return None
    kinds = fast.kinds
    read = _read(found, _AMOUNT, kinds, hint)
    if read is None:
        return None
    value, (currency, options), unit, qualifier = read
    per = equivalent = None
    if found["per_core"] is not None:
        if currency is None and not options and unit is None:  # a price needs its currency
            return None
        per = _side(text, lang, found, _PER, (kinds, hint), None)
        if per is None:
            return None
    if found["eq_core"] is not None:
        equivalent = _side(text, lang, found, _EQUIVALENT, (kinds, hint), per)
        if equivalent is None:
            return None
    if (after := found["after"]) is not None and qualifier == "exact":
        qualifier = lex.QUALIFIER_SUFFIXES[after]
    direction = 0 if found["verb"] is None else lex.SIGN_SUFFIXES[found["verb"]]
    if direction < 0:
        value = EXACT.minus(value)
    bounds = directed(qualifier, value, direction)
    start = found.start("core") if per is None else per.span[0]
    end = found.end("body")
    return ParsedAmount(
        value=value,
        currency=currency,
        currency_options=options,
        unit=unit,
        per=per,
        qualifier=bounds.qualifier,
        low=bounds.low,
        high=bounds.high,
        low_open=bounds.low_open,
        high_open=bounds.high_open,
        direction=DIRECTIONS.get(direction),
        equivalent=equivalent,
        span=(start, end),
        text=text[start:end],
        lang=lang,
    )


class _Groups(NamedTuple):
    """The regex groups of one amount of the fast path: a qualifier before it (or ``None``),
    its digits, over-mark and the word after them."""

    before: str | None
    core: str
    mark: str
    word: str


_AMOUNT: Final = _Groups(None, "core", "mark", "word")
_PER: Final = _Groups(None, "per_core", "per_mark", "per_word")
_EQUIVALENT: Final = _Groups("about", "eq_core", "eq_mark", "eq_word")

_Kinds = dict[str, tuple[str, str | None]]


_Currency = tuple[str | None, tuple[str, ...]]


def _read(
    found: re.Match[str], groups: _Groups, kinds: _Kinds, hint: CurrencyHint
) -> tuple[Decimal, _Currency, str | None, Qualifier] | None:
    """The value, currency, unit and qualifier of one amount of the match, or ``None``."""
    core, mark, word = found[groups.core], found[groups.mark], found[groups.word]
    numeral = read_numeral(core)
    if numeral is None:
        return None
    qualifier: Qualifier = "exact"
    if mark or (numeral.scaled and INNER_MARK.search(core)):
        qualifier = "over"
    if word is None:
        return numeral.value, NO_CURRENCY, None, qualifier
    kind, meaning = kinds[word]
    if kind == "currency":
        return numeral.value, (meaning, ()), None, qualifier
    if kind == "currencies":
        return numeral.value, resolve(word, hint), None, qualifier
    return numeral.value, NO_CURRENCY, meaning, qualifier


def _side(
    text: str,
    lang: Lang,
    found: re.Match[str],
    groups: _Groups,
    words: tuple[_Kinds, CurrencyHint],
    per: ParsedAmount | None,
) -> ParsedAmount | None:
    """A denominator or an equivalent: an amount of its own, which always has its word."""
    read = _read(found, groups, *words)
    if read is None:
        return None
    value, (currency, options), unit, qualifier = read
    start = found.start(groups.core)
    if groups.before is not None and (before := found[groups.before]) is not None:
        start, qualifier = found.start(groups.before), lex.QUALIFIER_PREFIXES[before]
    end = found.end(groups.word)
    return ParsedAmount(
        value=value,
        currency=currency,
        currency_options=options,
        unit=unit,
        per=per,
        qualifier=qualifier,
        span=(start, end),
        text=text[start:end],
        lang=lang,
    )


class _FastPath:
    """The regex of :func:`read_simple` and what each word in it means, built on first use."""

    def __init__(self) -> None:
        self.kinds: _Kinds = tail_kinds()
        self.pattern = re.compile(_pattern(self.kinds))


@functools.cache
def _fast_path() -> _FastPath:
    return _FastPath()


def _pattern(kinds: _Kinds) -> str:
    """The regex of :func:`read_simple`; a text that needs any other rule fails to match it.

    "557만 6000달러", "100만 개발", "2023년" and "100만토큰당1위안" fail as a whole, so the
    scanner reads them. Each amount is an atomic group: once read it is never re-tried, so a
    text that does not fit fails at once instead of backtracking through the word lists.
    """
    # A count of tokens is left to the scanner unless it is a price's denominator, and so is
    # a multiple, whose glued words (2배속, 1920x1080) and change verbs need the scanner's rules.
    amounts = [
        word
        for word, (kind, meaning) in kinds.items()
        if kind in ("currency", "currencies", "unit")
        and word not in _SCANNER_WORDS
        and meaning not in ("token", TIMES)
    ]
    counts = [
        word
        for word, (kind, meaning) in kinds.items()
        if kind in ("unit", "per_only") and meaning in COUNTING_UNITS and word not in _SCANNER_WORDS
    ]
    # A change verb may start a qualifier ("up" and "up to"): the scanner tries both readings.
    qualifiers = [
        word for word in lex.QUALIFIER_PREFIXES if not any(map(word.startswith, lex.SIGN_PREFIXES))
    ]
    # The lookahead spares a text without 당 reading its number twice.
    per = rf"(?:(?=[^당]*당){_amount(_PER, counts, required=True)}당\s+)?"
    about = rf"(?:(?P<{_EQUIVALENT.before}>{_alternation(qualifiers)})\s*)?"
    equivalent = rf"(?:\s?\(\s*{about}{_amount(_EQUIVALENT, amounts, required=True)}\s*\))?"
    after = rf"(?>(?: ?(?:[을를이가에] ?)?(?P<after>{_alternation(lex.QUALIFIER_SUFFIXES)}))?)"
    verb = rf"(?>(?: ?(?P<verb>{_alternation(lex.SIGN_SUFFIXES)}))?)"
    return rf"\s*(?P<body>{per}{_amount(_AMOUNT, amounts)}{equivalent}{after}{verb})\s*"


def _amount(groups: _Groups, words: list[str], *, required: bool = False) -> str:
    """The regex of one amount of the fast path, with its groups named as ``groups`` says.

    ``required`` says whether the amount must have a word (a currency or counter) after it.
    """
    word = rf" ?(?P<{groups.word}>{_alternation(words)})"
    word = rf"(?>{word})" if required else rf"(?>(?:{word})?)"
    return rf"(?P<{groups.core}>(?>{DIGIT_CORE}))(?P<{groups.mark}>[여多余餘])?{word}"


def _alternation(words: Iterable[str]) -> str:
    """Words as a regex alternation, longest first, Latin words whole.

    Case is matched exactly (the tables are lower case): each branch then starts with a
    literal that the regex engine skips in one comparison, and a text in other case simply
    goes to the scanner, which ignores case.
    """
    parts = []
    for word in sorted(words, key=len, reverse=True):
        pattern = re.escape(word)
        if lex.is_latin(word[-1]):
            pattern += "(?![A-Za-z])"
        parts.append(pattern)
    return "|".join(parts)
