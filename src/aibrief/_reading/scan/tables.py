"""What the amount scanner's readers share: word tables, regexes and the amount being read.

The readers (:mod:`aibrief._reading.scan.scanner` and the modules it calls) look words up with
:class:`aibrief._reading.lexicon.WordTable`, a dict by first character, rather than long regex
alternations, which Python's ``re`` tries one by one: find_amounts runs them at every
candidate position of an article. The tables are built once, on first use.

This module imports nothing that imports :mod:`aibrief._reading.parsing`, so every reader can
import names from it whichever module Python loads first.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal
from typing import TYPE_CHECKING, Final, NamedTuple, TypeAlias

from aibrief._reading import lexicon as lex
from aibrief._reading.lexicon import Qualifier, WordTable
from aibrief._reading.numerals import (
    ARABIC,
    BIG_SCALES,
    CORE,
    ENGLISH_SCALES,
    NUMERAL_DIGITS,
    SMALL_SCALES,
)

if TYPE_CHECKING:
    from aibrief._reading.mentions import ParsedAmount, VagueMention

__all__ = [
    "COUNTER_ENDINGS",
    "COUNTING_UNITS",
    "FRACTION_FIRSTS",
    "INNER_MARK",
    "MULTIPLIER_ENDINGS",
    "PER_FIRSTS",
    "QUALIFIER_PARTICLES",
    "RANGE_FIRSTS",
    "RATIO_UNITS",
    "SCALE_FIRSTS",
    "TIMES",
    "VAGUE_FIRSTS",
    "Draft",
    "Found",
    "Read",
    "Skipped",
    "Start",
    "Tables",
    "Word",
    "tables",
    "tail_kinds",
]

COUNTING_UNITS: Final = frozenset({"token", "person", "item", "gpu", "parameter", "share"})
RATIO_UNITS: Final = frozenset({"percent", "percentage_point", "basis_point"})
#: The unit of a multiple ("2배", "3倍", "10x"). A change verb never applies to it: "2배 증가"
#: grew to twice, it is not a rise of 2, and a negative multiple would mean nothing.
TIMES: Final = "times"
# Korean particles that may follow the number before a qualifier: 2조원을 돌파, 10만이 넘는.
QUALIFIER_PARTICLES: Final = frozenset("을를이가에")
# Particles and endings that may follow a spaced Korean counter: 원을, 명이, 원으로, 원어치.
COUNTER_ENDINGS: Final = frozenset("의이가을를은는에도로으과와씩당만까어짜대부나")
# The particles that may follow 배 ("2배로", "2배가"): a counter's, less the syllables that
# make other words of it (배당 a dividend, 배부, 배대) or only end counters (원어치, 원짜리).
MULTIPLIER_ENDINGS: Final = COUNTER_ENDINGS - frozenset("당까어짜대부")
INNER_MARK: Final = re.compile("[여多余餘]")
PER_FIRSTS: Final = frozenset("/每pP")
SCALE_FIRSTS: Final = frozenset(" kKMBTmbtT")
RANGE_FIRSTS: Final = frozenset(" ~-至到")
# 분의 (Korean) and 分之 (Chinese) join a fraction's denominator to its numerator.
FRACTION_FIRSTS: Final = frozenset("분分")
# A numerator in Chinese numerals: 一, 三, 五十 (any digit or scale of the tables but Hangul).
_HAN_NUMERAL: Final = "".join(
    sorted(
        char
        for char in (*NUMERAL_DIGITS, *SMALL_SCALES, *BIG_SCALES, "点", "點")
        if len(char) == 1 and not "\uac00" <= char <= "\ud7a3"
    )
)

# Orders of magnitude without a figure. Korean: 수십억, 몇백만; Chinese: 数十亿, 几百万,
# 上百万, 十几亿, 数以万计; English: tens of billions, hundreds of millions, several billion.
_VAGUE: Final = (
    r"(?<![\uac00-\ud7a3])(?:십수|수|몇)\s?(?:[십백천][만억조]?|[만억조])"
    r"|(?:[数數几幾]|(?<!以)上)(?:[十百千][万萬亿億]{0,2}|[万萬亿億]{1,2})"
    r"|十[几幾][万萬亿億]{0,2}|[数數]以[百千万萬亿億][计計]|成千上[万萬]"
    r"|(?<![A-Za-z])(?i:(?:tens|hundreds|thousands|dozens|millions|billions|trillions)\s+of"
    r"(?:\s+(?:thousands|millions|billions|trillions)(?:\s+of)?)?"
    r"|(?:several|a\s+few|a\s+couple\s+of|many|multiple)\s+"
    r"(?:hundred|thousand|million|billion|trillion)s?(?:\s+(?:thousand|million|billion))?"
    r"|multi-?(?:million|billion|trillion))(?![A-Za-z])"
)
#: The characters other than Latin letters a vague phrase can start with.
VAGUE_FIRSTS: Final = "수몇십数數几幾上十成"


class Skipped(NamedTuple):
    """Digits that name a date, age, rank or product rather than an amount: "2023년", "A100".

    ``why`` completes "... at position N is ..." in parse_amount's error.
    """

    start: int
    end: int
    why: str = "a date, age, rank or name, not an amount"


#: What the scanner reports: an amount, a vague mention, or digits that are no amount.
Found: TypeAlias = "ParsedAmount | VagueMention | Skipped"


class Start(NamedTuple):
    """What comes before a number: where the mention starts and the prefixes read."""

    start: int
    each: bool
    sign: int
    qualifier: Qualifier
    currency: str | None
    percent: bool
    core: re.Match[str]
    #: Where the text after a change verb before the number starts ("rose 2x"), else None.
    verb_end: int | None = None


class Word(NamedTuple):
    """A word after a number, with what it makes of the number."""

    kind: str
    meaning: str | None
    word: str
    end: int
    spaced: bool


class Draft:
    """An amount being read; becomes a ParsedAmount once its end is known.

    Class attributes hold the defaults, so a draft only stores what it changes.
    """

    low: Decimal | None = None
    high: Decimal | None = None
    currency: str | None = None
    unit: str | None = None
    qualifier: Qualifier = "exact"
    sign = 1
    scaled = False
    numeral_only = False
    per: ParsedAmount | None = None
    equivalent: ParsedAmount | None = None

    def __init__(self, start: int, value: Decimal) -> None:
        self.start = self.end = start
        self.value = value

    def strong(self) -> bool:
        """Whether something says what the number counts or how big it is (not "40", "2023")."""
        qualified = self.qualifier not in ("exact", "range")
        return bool(self.currency or self.unit or self.scaled or self.per or qualified)


#: What a reader returns: what it read (``None`` for nothing) and where to go on from.
Read: TypeAlias = "tuple[Draft | VagueMention | Skipped | None, int]"


class Tables:
    """The word tables and small regexes of the scanner, built once, on first use."""

    def __init__(self) -> None:
        self.verbs = WordTable(lex.SIGN_PREFIXES)
        self.before = WordTable(lex.QUALIFIER_PREFIXES, word_start=True)
        self.currencies = WordTable({**lex.CURRENCY_PREFIXES, "¥": "¥"}, word_start=True)
        self.tail_kinds = tail_kinds()
        self.tail = WordTable(self.tail_kinds)
        self.after = WordTable(lex.QUALIFIER_SUFFIXES)
        self.signs = WordTable(lex.SIGN_SUFFIXES)
        # What may follow an amount: a qualifier, a particle before one, a change verb.
        self.after_firsts = (
            self.after.firsts | self.signs.firsts | QUALIFIER_PARTICLES | {"이", "나"}
        )
        self.labels = WordTable(dict.fromkeys(lex.EQUIVALENT_LABELS, ""))
        self.scales = WordTable(
            {word: power for word, power in ENGLISH_SCALES.items() if len(word) > 1}
        )
        self.per = WordTable({"per": ""})
        self.articles = WordTable({"a": "", "one": ""})
        self.modifiers = WordTable({"input": "", "output": "", "cached": ""})
        self.candidates = re.compile(_candidates())
        self.core = re.compile(CORE)
        self.han_digits = re.compile("[〇零一二两兩三四五六七八九]+")
        self.numeral_run = re.compile(f"[{''.join(NUMERAL_DIGITS)}]*")
        self.vague = re.compile(_VAGUE)
        # After a denominator: 분의 or 分之, then the numerator in Arabic or Chinese numerals.
        self.fraction = re.compile(rf"(?:분의|分之) ?(?P<numerator>{ARABIC}|[{_HAN_NUMERAL}]+)")
        self.range = re.compile(r"\s*~\s*|-|\s+(?i:to)\s+|\s*[至到]\s*")
        self.verb_gap = re.compile(r"\s+(?i:by)\s+|了|\s*")
        self.junk = re.compile(r"[0-9A-Za-z_]|[-/.:,][0-9]")
        self.junk_run = re.compile(r"[0-9A-Za-z_\-/.:,]*")
        self.weeks = re.compile(r"\s*(?:만에|동안|연속|전|후|뒤)")
        self.paren = re.compile(r"\s?\(\s*")
        self.close = re.compile(r"\s*\)")
        self.spaced_group = re.compile(rf" (?:{CORE})")
        normalized = "".join(re.escape(chr(code)) for code in lex.NORMALIZE)
        self.unnormalized = re.compile(f"[{normalized}]")


@functools.cache
def tables() -> Tables:
    """The scanner's tables, built on first use."""
    return Tables()


def tail_kinds() -> dict[str, tuple[str, str | None]]:
    """What each word after a number makes of it: a currency, a unit or multiple, a non-amount."""
    kinds: dict[str, tuple[str, str | None]] = dict.fromkeys(lex.NON_AMOUNT_WORDS, ("skip", None))
    kinds |= {word: ("per_only", unit) for word, unit in lex.PER_ONLY_COUNTERS.items()}
    kinds |= {word: ("unit", unit) for word, unit in lex.COUNTERS.items()}
    kinds |= {word: ("unit", unit) for word, unit in lex.MULTIPLIERS.items()}
    kinds |= {word: ("currency", code) for word, code in lex.CURRENCY_WORDS.items()}
    return kinds


# How far a number may stand after the first character of its prefixes: a change verb, a
# qualifier and a currency ("约合人民币", "폭락해 약 US$") are far shorter.
_PREFIX_REACH: Final = 24


def _candidates() -> str:
    """A regex for where a mention may start: digits, numerals, signs, first letters.

    A sign, qualifier or change verb ("~", "$", "약", "约") starts a mention only when a digit,
    numeral or scale word follows within :data:`_PREFIX_REACH` characters: a text of signs
    alone ("~~~~", "$$$$") is then passed over in C instead of read from each character.
    """
    words = [*lex.SIGN_PREFIXES, *lex.QUALIFIER_PREFIXES, *lex.CURRENCY_PREFIXES]
    firsts = {word[0] for word in words} | set(VAGUE_FIRSTS) | set("每~-¥百0123456789")
    numbers = set("0123456789点點") | {
        char for char in (*NUMERAL_DIGITS, *SMALL_SCALES, *BIG_SCALES) if len(char) == 1
    }
    firsts |= {char[0] for char in (*NUMERAL_DIGITS, *SMALL_SCALES, *BIG_SCALES)}
    latin = {char for char in firsts if char.isascii() and char.isalpha()} | set("thdmbsa")
    latin |= {char.upper() for char in latin}
    starts = _chars((firsts & numbers) | set(VAGUE_FIRSTS))
    prefixes = _chars(firsts - latin - numbers - set(VAGUE_FIRSTS))
    number = _chars(numbers)
    return (
        rf"[{starts}]|[{prefixes}](?=[^{number}]{{0,{_PREFIX_REACH}}}+[{number}])"
        rf"|(?<![A-Za-z])[{''.join(sorted(latin))}]"
    )


def _chars(chars: set[str]) -> str:
    return "".join(re.escape(char) for char in sorted(chars))
