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
from aibrief._reading.cldr import currency_table
from aibrief._reading.currencies import shared_symbols, symbol_codes
from aibrief._reading.lexicon import Qualifier, WordTable
from aibrief._reading.numerals import (
    BIG_SCALES,
    CORE,
    ENGLISH_SCALES,
    NUMERAL_DIGITS,
    SMALL_SCALES,
    TENS,
    Numeral,
)
from aibrief._reading.scan.ratios import RATIO_PATTERN
from aibrief._reading.spelled import (
    ENGLISH_NUMBER,
    ENGLISH_ONES,
    NATIVE_NUMBER,
    NATIVE_ONES,
    NATIVE_TENS,
)

if TYPE_CHECKING:
    from aibrief._reading.mentions import ParsedAmount, VagueMention

__all__ = [
    "COUNTER_ENDINGS",
    "COUNTING_UNITS",
    "FRACTION_FIRSTS",
    "INNER_MARK",
    "MULTIPLIER_ENDINGS",
    "NO_CURRENCY",
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
    "prefix_kinds",
    "scanner_tail_kinds",
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
COUNTER_ENDINGS: Final = frozenset("의이가을를은는에도로으과와씩당만까어짜대부나보다")
# The particles that may follow 배 ("2배로", "2배가"): a counter's, less the syllables that
# make other words of it (배당 a dividend, 배부, 배대) or only end counters (원어치, 원짜리).
MULTIPLIER_ENDINGS: Final = COUNTER_ENDINGS - frozenset("당까어짜대부")
INNER_MARK: Final = re.compile("[여多余餘几幾]")
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

_LONE_DIGITS: Final = "".join(sorted(char for char in NUMERAL_DIGITS if len(char) == 1))
_KO_DIGITS: Final = "".join(char for char in NUMERAL_DIGITS if "\uac00" <= char <= "\ud7a3")
# Every character of a numeral: digits, scales, tens (廿) and points, Korean and Chinese.
_NUMERAL_CHARS: Final = "".join(
    sorted(
        {char for word in (*NUMERAL_DIGITS, *SMALL_SCALES, *BIG_SCALES, *TENS) for char in word}
        | {"点", "點", "점", "쩜"}
    )
)

# Orders of magnitude without a figure. Korean: 수십억, 몇백만; Chinese: 数十亿, 几百万,
# 上百万, 十几亿, 数以万计; English: tens of billions, hundreds of millions, several billion.
_VAGUE: Final = (
    r"(?<!\w)(?:십수|수|몇)\s?(?:[십백천][만억조]?|[만억조])"
    r"|(?:[数數几幾]|(?<!以)上)(?:[十百千][万萬亿億]{0,2}|[万萬亿億]{1,2})"
    r"|十[几幾][万萬亿億]{0,2}|[数數]以[百千万萬亿億][计計]|成千上[万萬]"
    r"|(?<![A-Za-z])(?i:(?:tens|hundreds|thousands|dozens|millions|billions|trillions)\s+of"
    r"(?:\s+(?:thousands|millions|billions|trillions)(?:\s+of)?)?"
    r"|(?:several|a\s+few|a\s+couple\s+of|many|multiple)\s+"
    r"(?:hundred|thousand|million|billion|trillion)s?(?:\s+(?:thousand|million|billion))?"
    r"|multi-?(?:million|billion|trillion))(?![A-Za-z])"
)
# Korean comparisons after an amount; the group that matched says which way and whether the
# figure itself is in ("크거나 같다"), and the rest of the verb's word is consumed.
_COMPARISON: Final = (
    r"\s?보다(?:는|도)?\s?(?:(?P<big>크|많|높|넘)|(?P<small>작|적|낮))"
    r"(?P<equal>거나\s?(?:그와\s?)?같)?\w*"
    r"|[과와]\s?같거나\s?(?:그보다\s?)?(?:(?P<big_eq>크|많|높)|(?P<small_eq>작|적|낮))\w*"
    r"|(?:이거나\s?|\s(?:또는|혹은)\s)그(?:보다|와)?\s?"
    r"(?:(?P<big_or>크|많|높|이상|초과)|(?P<small_or>작|적|낮|이하|미만))\w*"
    r"|\s?(?P<below>밑|아래)(?!\w)"
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


#: A Start's currency when no sign or code came before the number.
NO_CURRENCY: Final[tuple[str | None, tuple[str, ...]]] = (None, ())


class Start(NamedTuple):
    """What comes before a number: where the mention starts and the prefixes read."""

    start: int
    each: bool
    sign: int
    qualifier: Qualifier
    currency: tuple[str | None, tuple[str, ...]]
    percent: bool
    core: re.Match[str]
    #: Where the text after a change verb before the number starts ("rose 2x"), else None.
    verb_end: int | None = None
    #: The number of a spelled-out ``core`` ("두", "twenty-one"), already read.
    numeral: Numeral | None = None
    #: The denominator of a ratio word ("절반", "two-thirds"), whose numerator is ``numeral``.
    per: Decimal | None = None
    #: The direction of a change verb before the number (暴跌, fell: -1; 上涨, rose: +1), or 0.
    direction: int = 0


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
    native = False  # a native Korean number: "두 배", "세 곳"
    currency_options: tuple[str, ...] = ()  # the currencies a shared sign may mean ("¥")
    currency_word: str | None = None  # the word that named the currency ("块" of "一块二")
    money = False  # a sum of money, though perhaps of no named currency ("50 cents")
    direction = 0  # the direction of a change verb: +1 rose, -1 fell, 0 none
    low_open = False  # whether a range leaves out its ends ("20 초과 35 이하")
    high_open = False
    top = 0  # the power of ten of the scale it was written with: 9 for "3 billion"
    worded = False  # a range its words state ("20과 30 사이", "10 초과 20 미만")
    minor_places = 0  # the decimal places minor units filled: 2 after "43 cents"
    per: ParsedAmount | None = None
    equivalent: ParsedAmount | None = None

    def __init__(self, start: int, value: Decimal) -> None:
        self.start = self.end = start
        self.value = value

    def strong(self) -> bool:
        """Whether something says what the number counts or how big it is (not "40", "2023")."""
        qualified = self.qualifier not in ("exact", "range")
        money = self.currency or self.currency_options or self.money
        return bool(money or self.unit or self.scaled or self.per or qualified or self.worded)


#: What a reader returns: what it read (``None`` for nothing) and where to go on from.
Read: TypeAlias = "tuple[Draft | VagueMention | Skipped | None, int]"


# The regexes few texts need, compiled the first time a reader asks for one (Tables.__getattr__).
_LAZY: Final[dict[str, str]] = {
    "english": ENGLISH_NUMBER,
    "native": NATIVE_NUMBER,
    "ratio": RATIO_PATTERN,
    "vague": _VAGUE,
    # After a denominator: 분의 or 分之, then the numerator in Arabic or Chinese numerals.
    # ... the numerator after it is read by ``core`` (scan/fractions.py).
    "fraction": r"(?: ?분의|分之) ?(?P<minus>(?:마이너스|负|負) ?|-)?",
    # A whole number's joint to the fraction after it: 과/와, 又, or a space before a slash.
    # What may follow a lone digit that counts as a denominator or a mixed number's whole.
    "before_fraction": rf" ?분의|(?:[과와] ?|又)[0-9.,{_NUMERAL_CHARS}]+ ?(?:분의|分之)",
    "mixed": r"[과와] ?|又| +(?=[0-9]+/[0-9])",
    "slash": r"/(?P<denominator>[0-9]+)(?![0-9/.,A-Za-z])",
    # Ranges and bound pairs of two whole amounts (scan/between.py).
    "joined": r"(?P<particle>에서|부터|과|와)\s?",
    "joined_close": r"\s?(?:사이|까지)",
    "towards": r"\s?으?로",
    "pair": r"\s*,?\s*",
    "between": r"(?i:(?P<word>between|from))\s+",
    # Periods of a rate (scan/prices.py): "$2 billion a year", "분기당 20억 달러".
    "period_after": (
        r"\s?(?:(?i:per|a|an|each)\s|/)(?P<period>(?i:year|annum|yr|quarter|month|week|day))"
        r"(?![A-Za-z])|\s(?P<adverb>(?i:annually|yearly|monthly|weekly|daily))(?![A-Za-z])"
    ),
    # A capitalised word right before a bare number makes it a name: "RTX 4090".
    "named": r"(?<![A-Za-z])[A-Z][A-Za-z]* $",
    # Tolerances (scan/between.py): "±2%", "5.6% ± 0.2%p", "+/- 50bp".
    "plus_minus": r"(?:±|\+/-|\+-)\s?",
    "plus_minus_after": r"\s?(?:±|\+/-|\+-)\s?",
    # Positions in a ten (vague.read_position): "60% 중반", "mid-60%", "the low 60s"; a
    # Korean position needs the percent, since "20대 초반" is an age.
    "position_ko": r"(?P<base>[1-9]0)\s?(?P<percent>%|퍼센트)대?\s?(?P<part>초반|중반|후반)",
    "position_en": (
        r"(?i:(?P<part>early|mid|late|low|high))(?:-|\s(?=[1-9]0'?s))(?P<base>[1-9]0)"
        r"(?P<percent>%)?(?:'?s)?(?![0-9A-Za-z])"
    ),
    # Ranks (scan/ranks.py): "第三名", "ranked third", "No. 1".
    "rank_zh": rf"第(?P<number>[0-9.,{_NUMERAL_CHARS}]+)(?P<word>[名位大])?",
    "rank_en": (
        r"(?:(?i:rank(?:ed|s)?)\s+(?:(?i:no\.?)\s?)?|No\.\s?)"
        r"(?P<number>(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
        r"eleventh|twelfth|thirteenth|fourteenth|fifteenth|twentieth)|[0-9]+(?:st|nd|rd|th)?)"
        r"(?![A-Za-z0-9])"
    ),
    # Korean comparisons after an amount: "10보다 크고", "5000과 같거나 많다", "500 또는
    # 그 미만", "170 밑" (see Scanner.read_after).
    "comparison": _COMPARISON,
    # Minor units after a major amount (scan/minor.py): "20 dollars and 43 cents".
    "minor_joint": r"\s+(?i:and)\s+|\s*又\s*|\s?",
    # Hundredths after 할 (tenths): "3할 2푼" is 32 percent.
    "hundredths": r" ?(?P<digits>[0-9])푼",
    "weeks": r"\s*(?:만에|동안|연속|전|후|뒤)",
    # A piece of a number after a space (numbers.spaced_groups): "7천 5백만", "오십 이".
    "spaced_group": rf" +(?=[0-9{_NUMERAL_CHARS}])",
    "digit_groups": r"(?: [0-9]{3}(?![0-9,]))+(?:\.[0-9]+)?",
    # ISO 4217 codes before a number ("CHF 3.04", "ALL80.33") and after it ("42 KWD").
    "code_before": r"(?<![A-Za-z])([A-Z]{3})( ?)$",
    "code_after": r"( ?)([A-Z]{3})(?![A-Za-z])",
}


class Tables:
    """The word tables and small regexes of the scanner, built once, on first use."""

    def __init__(self) -> None:
        self.verbs = WordTable(lex.SIGN_PREFIXES)
        self.before = WordTable(lex.QUALIFIER_PREFIXES, word_start=True)
        prefixes = prefix_kinds()
        self.currencies = WordTable(prefixes, word_start=True)
        self.tail = WordTable(scanner_tail_kinds())
        self.after = WordTable(lex.QUALIFIER_SUFFIXES)
        self.signs = WordTable(lex.SIGN_SUFFIXES)
        # What may follow an amount: a qualifier, a particle before one, a change verb.
        self.comparison_firsts = frozenset("보과와또혹밑아")
        self.after_firsts = (
            self.after.firsts
            | self.signs.firsts
            | QUALIFIER_PARTICLES
            | self.comparison_firsts
            | {"이", "나"}
        )
        self.labels = WordTable(dict.fromkeys(lex.EQUIVALENT_LABELS, ""))
        self.scales = WordTable(
            {word: power for word, power in ENGLISH_SCALES.items() if len(word) > 1}
        )
        self.per = WordTable({"per": ""})
        self.articles = WordTable({"a": "", "one": ""})
        self.modifiers = WordTable({"input": "", "output": "", "cached": ""})
        self.candidates = re.compile(_candidates())
        self.starts = re.compile(_starts())
        self.core = re.compile(CORE)
        # Numeral digits without a scale: 七 of 七分之一, 两 of 两倍, 五 alone.
        self.lone_digits = re.compile(f"[{_LONE_DIGITS}]+")
        self.minus_words = WordTable(lex.MINUS_WORDS, word_start=True)
        self.native_words = WordTable(lex.NATIVE_WORDS)
        self.range = re.compile(r"\s*~\s*|-|\s+-\s+|\s+(?i:to)\s+|\s*[至到]\s*")
        self.between_joint = {
            "between": re.compile(r"\s+(?i:and)\s+"),
            "from": re.compile(r"\s+(?i:to)\s+"),
        }
        self.periods_before = WordTable(lex.PERIODS_BEFORE, word_start=True)
        self.period_firsts = self.periods_before.firsts
        self.numeral_run = re.compile(f"[{''.join(NUMERAL_DIGITS)}]*")
        self.verb_gap = re.compile(r"\s+(?i:by)\s+|了|\s*")
        self.junk = re.compile(r"[0-9A-Za-z_]|[-/.:,][0-9]")
        self.junk_run = re.compile(r"[0-9A-Za-z_\-/.:,]*")
        self.minor = WordTable({word: word for word in lex.MINOR_UNITS})
        self.paren = re.compile(r"\s?\(\s*")
        self.close = re.compile(r"\s*\)")

    def __getattr__(self, name: str) -> re.Pattern[str]:
        """A regex of :data:`_LAZY`, compiled on first use and kept."""
        if name not in _LAZY:
            raise AttributeError(name)
        pattern = re.compile(_LAZY[name])
        setattr(self, name, pattern)
        return pattern


@functools.cache
def tables() -> Tables:
    """The scanner's tables, built on first use."""
    return Tables()


def tail_kinds() -> dict[str, tuple[str, str | None]]:
    """What each word of the lexicon after a number makes of it: a currency (or a word that
    several currencies share), a unit or multiple, a non-amount."""
    kinds: dict[str, tuple[str, str | None]] = dict.fromkeys(lex.NON_AMOUNT_WORDS, ("skip", None))
    kinds |= {word: ("per_only", unit) for word, unit in lex.PER_ONLY_COUNTERS.items()}
    kinds |= {word: ("unit", unit) for word, unit in lex.COUNTERS.items()}
    kinds |= {word: ("unit", unit) for word, unit in lex.MULTIPLIERS.items()}
    kinds |= {word: ("tenths", unit) for word, unit in lex.TENTHS.items()}
    kinds |= dict.fromkeys(lex.DOZENS, ("dozen", "item"))
    kinds |= {word: ("minor", None) for word in lex.MINOR_UNITS if word != "分"}
    shared = [*lex.CURRENCY_CONVENTIONS, *lex.SHARED_CURRENCY_WORDS]
    kinds |= {word: ("currencies", word) for word in shared if not _is_sign(word)}
    kinds |= {word: ("currency", code) for word, code in lex.CURRENCY_WORDS.items()}
    return kinds


def scanner_tail_kinds() -> dict[str, tuple[str, str | None]]:
    """The scanner's words after a number: CLDR's names and symbols, then the lexicon's, which
    win where both have a word ("20€", "10,000 swiss francs", "100 ₡")."""
    table = currency_table()
    kinds: dict[str, tuple[str, str | None]] = {}
    kinds |= {name: ("currency", code) for name, code in table.names.items()}
    kinds |= {word: ("currencies", word) for word in table.ambiguous}
    kinds |= {_key(symbol): ("currency", code) for symbol, code in symbol_codes().items()}
    kinds |= {_key(symbol): ("currencies", symbol) for symbol in shared_symbols()}
    return kinds | tail_kinds()


def prefix_kinds() -> dict[str, tuple[str, str | None]]:
    """Currency signs before a number: CLDR's symbols, the news forms of the lexicon, and the
    shared signs ("$", "¥", "Rs."); a sign ending in "$" may be spaced ("hk $ 10 billion")."""
    kinds: dict[str, tuple[str, str | None]] = {}
    kinds |= {_key(symbol): ("currency", code) for symbol, code in symbol_codes().items()}
    kinds |= {_key(symbol): ("currencies", symbol) for symbol in shared_symbols()}
    kinds |= {word: ("currency", code) for word, code in lex.CURRENCY_PREFIXES.items()}
    kinds |= {
        word: ("currencies", word)
        for word in lex.SHARED_CURRENCY_WORDS
        if _is_sign(word) or word.endswith(".")
    }
    spaced = {
        f"{word[:-1]} $": kind for word, kind in kinds.items() if len(word) > 1 and word[-1] == "$"
    }
    return kinds | spaced


def _key(symbol: str) -> str:
    """A symbol as the scanner sees it: normalised ("F\u202fCFA" is "F CFA"), Latin in lower
    case (word tables match Latin words ignoring case)."""
    return symbol.translate(lex.NORMALIZE).lower()


def _is_sign(word: str) -> bool:
    return not word[-1].isalpha() or word in ("rs",)


def _candidates() -> str:
    """A regex for the characters a mention may start with: digits, numerals, signs, first
    letters; :func:`_starts` then checks, anchored, that a mention may start there."""
    words = [*lex.SIGN_PREFIXES, *lex.QUALIFIER_PREFIXES, *prefix_kinds(), *lex.MINUS_WORDS]
    firsts = {word[0] for word in words} | set(VAGUE_FIRSTS) | set("每~-百.0123456789")
    firsts |= {char[0] for char in (*NUMERAL_DIGITS, *SMALL_SCALES, *BIG_SCALES, *TENS)}
    firsts |= {word[0] for word in (*NATIVE_ONES, *NATIVE_TENS, *ENGLISH_ONES)} | set("fsen")
    firsts |= set("절반半h第rNelmh±+")  # ratio words, ranks, positions, tolerances
    firsts |= {word[0] for word in lex.PERIODS_BEFORE}  # 분기당, 매년, 每年
    latin = {char for char in firsts if char.isascii() and char.isalpha()} | set("thdmbsa")
    latin |= {char.upper() for char in latin}
    numbers = {
        char for word in (*NUMERAL_DIGITS, *SMALL_SCALES, *BIG_SCALES, *TENS) for char in word
    }
    numbers |= set("0123456789半两兩点點")
    hangul = {char for char in firsts if lex.is_hangul(char)}
    # A sign or a Chinese word before a number ("~", "$", "±", "约", "人民币") starts a
    # mention only when something that may be a number follows within _PREFIX_REACH
    # characters: a text of signs alone ("~~~~", "$$$$") is passed over by the regex, in C,
    # instead of being read from each of its characters.
    prefixes = firsts - latin - hangul - numbers - set(VAGUE_FIRSTS)
    number = "0-9A-Za-z" + _chars(numbers | hangul)  # no Unicode range: slow to compile
    return (
        rf"[{_chars((firsts & numbers) | hangul | set(VAGUE_FIRSTS))}]"
        rf"|[{_chars(prefixes)}](?=[^{number}]{{0,{_PREFIX_REACH}}}+[{number}])"
        rf"|(?<![A-Za-z])[{''.join(sorted(latin))}]"
    )


# How far a number may stand after the first character of the words before it: a change
# verb, a qualifier and a currency ("约合人民币", "폭락해 약 US$") are far shorter.
_PREFIX_REACH: Final = 24


def _chars(chars: set[str]) -> str:
    return "".join(re.escape(char) for char in sorted(chars))


def _starts() -> str:
    """Where a mention may start, as precise as one anchored regex can be cheaply.

    The scanner reads on from each match with its word tables, in Python; in Korean text a
    first syllable alone (이, 한, 일, 다) would start it at almost every word. So a Hangul or
    Latin candidate must start a whole word the reader knows (a qualifier, a verb, a currency
    or number word), and Hangul numerals need a scale or a context that makes one digit a
    number; Han characters, digits and signs start a mention as they are (no check).
    """
    prefixes = [*lex.SIGN_PREFIXES, *lex.QUALIFIER_PREFIXES, *prefix_kinds(), *lex.MINUS_WORDS]
    prefixes += [*lex.PERIODS_BEFORE, "절반", "반", "一半", "半", "第", "每"]
    hangul = [word for word in prefixes if lex.is_hangul(word[0])]
    latin = [word for word in prefixes if word[0].isascii() and word[0].isalpha()]
    latin += [*ENGLISH_ONES, "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
              "ninety", "hundred", "dozen", "half", "between", "from", "rank", "ranked", "ranks",
              "early", "mid", "late", "low", "high", "tens", "hundreds", "thousands", "dozens",
              "millions", "billions", "trillions", "several", "many", "multiple", "multi", "a",
              "an"]  # fmt: skip
    ko_digits = "".join(char for char in NUMERAL_DIGITS if lex.is_hangul(char))
    native = rf"(?:{NATIVE_NUMBER})"
    return "|".join([
        rf"[{ko_digits}]*[십백천만억조]|경(?![기제영쟁우험로력향])",
        rf"[{ko_digits}](?=\s?분의|[과와]\s?[{ko_digits}]|[점쩜]|\s*$)|(?<!.)[{ko_digits}]",
        rf"(?<!\w){native}",
        rf"(?<!\w)(?:{'|'.join(sorted(hangul, key=len, reverse=True))})",
        r"(?<!\w)(?:십수|수|몇)(?=\s?[십백천만억조])",
        rf"(?<![A-Za-z])(?i:{'|'.join(re.escape(word) for word in sorted(latin, key=len, reverse=True))})",
        r"No\.",
    ])  # fmt: skip
