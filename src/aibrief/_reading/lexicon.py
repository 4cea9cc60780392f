"""The words Korean, Chinese and English news put around numbers, one small table per concept.

Each table maps the word as written to what it means. The reader in :mod:`aibrief._reading.parsing`
looks words up in these tables (longest word first, so "위안" wins over "위" and "美元" over
"元"), so teaching it a new word is a one-line change here.

Latin-script keys are lower case and matched case-insensitively, with word boundaries; Hangul
and Han keys are matched as written, since those scripts do not separate words by spaces
consistently.

>>> from aibrief._reading.lexicon import CURRENCY_WORDS, QUALIFIER_PREFIXES
>>> CURRENCY_WORDS["위안"], CURRENCY_WORDS["韩元"], CURRENCY_WORDS["yuan"]
('CNY', 'KRW', 'CNY')
>>> QUALIFIER_PREFIXES["约合"]
'about'
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final, Generic, TypeVar

from aibrief._quantities.approx import Qualifier

__all__ = [
    "COUNTERS",
    "CURRENCY_CONVENTIONS",
    "CURRENCY_PREFIXES",
    "CURRENCY_WORDS",
    "DOZENS",
    "EQUIVALENT_LABELS",
    "MINOR_UNITS",
    "MINUS_WORDS",
    "MULTIPLIERS",
    "NATIVE_GLUED_COUNTERS",
    "NATIVE_WORDS",
    "NON_AMOUNT_WORDS",
    "NORMALIZE",
    "NUMERAL_WORDS",
    "OVER_MARKS",
    "PERIODS",
    "PERIODS_BEFORE",
    "PER_ONLY_COUNTERS",
    "QUALIFIER_PREFIXES",
    "QUALIFIER_SUFFIXES",
    "SHARED_CURRENCY_WORDS",
    "SIGN_PREFIXES",
    "SIGN_SUFFIXES",
    "TENTHS",
    "WHOLE_WORD_COUNTERS",
    "WORD_CODES",
    "Qualifier",
    "WordTable",
    "is_hangul",
    "is_latin",
]

T = TypeVar("T")

#: The languages aibrief reads numbers in: Korean, Chinese (either script) and English.


# --- Currencies ------------------------------------------------------------------------------

#: Signs and codes written before the number that CLDR's symbols lack: "US$5.6M", "C$1.34",
#: "人民币100亿元", "RMB 10bn", "미화 5억 달러". CLDR's own symbols ("CA$", "€", "₫") are read
#: from :mod:`aibrief._reading.cldr`; shared signs ("$", "¥", "Rs") from
#: :data:`SHARED_CURRENCY_WORDS`.
CURRENCY_PREFIXES: Final[dict[str, str]] = {
    "us$": "USD", "u.s.$": "USD", "u.s$": "USD", "c$": "CAD", "s$": "SGD", "mex$": "MXN",
    "usd": "USD", "cny": "CNY", "rmb": "CNY", "krw": "KRW", "jpy": "JPY", "eur": "EUR",
    "gbp": "GBP", "hkd": "HKD", "twd": "TWD",
    "人民币": "CNY", "人民幣": "CNY", "新台币": "TWD", "新台幣": "TWD", "港币": "HKD",
    "港幣": "HKD", "미화": "USD",
}  # fmt: skip

#: Currency words written after the number that mean one currency, as news writes them
#: beside CLDR's names (:mod:`aibrief._reading.cldr`): "557만6000달러", "10亿美元", "10 billion
#: yuan". Words several currencies share (달러, 元, dollars) are in :data:`SHARED_CURRENCY_WORDS`.
CURRENCY_WORDS: Final[dict[str, str]] = {
    # Korean
    "미국달러": "USD", "미 달러": "USD", "홍콩달러": "HKD", "대만달러": "TWD", "호주달러": "AUD",
    "캐나다달러": "CAD", "싱가포르달러": "SGD", "위안": "CNY", "위안화": "CNY", "중국 위안": "CNY",
    "엔": "JPY", "엔화": "JPY", "유로": "EUR", "유로화": "EUR",
    # Chinese, both scripts
    "人民币": "CNY", "人民幣": "CNY", "美元": "USD", "美金": "USD", "美圆": "USD", "美圓": "USD",
    "韩元": "KRW", "韓元": "KRW", "韩币": "KRW", "韓幣": "KRW", "日元": "JPY", "日圆": "JPY",
    "日圓": "JPY", "円": "JPY", "欧元": "EUR", "歐元": "EUR", "英镑": "GBP", "英鎊": "GBP",
    "港元": "HKD", "港币": "HKD", "港幣": "HKD", "新台币": "TWD", "新台幣": "TWD", "台币": "TWD",
    "台幣": "TWD", "澳元": "AUD", "加元": "CAD", "印度卢比": "INR", "印度盧比": "INR",
    # English
    "us dollars": "USD", "u.s. dollars": "USD", "us dollar": "USD", "u.s. dollar": "USD",
    "hong kong dollars": "HKD", "hong kong dollar": "HKD", "taiwan dollars": "TWD",
    "new taiwan dollars": "TWD", "new taiwan dollar": "TWD", "nt dollars": "TWD", "yuan": "CNY",
    "chinese yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "yen": "JPY", "euros": "EUR",
    "euro": "EUR", "usd": "USD", "cny": "CNY", "krw": "KRW", "jpy": "JPY", "eur": "EUR",
    "gbp": "GBP", "hkd": "HKD", "twd": "TWD",
}  # fmt: skip

#: ISO 4217 codes that are also English words or companies' names: read before a number only
#: when glued to it ("ALL80.33"), never in "ALL 5 solutions" or "AMD 3%".
WORD_CODES: Final = frozenset({
    "ALL", "AMD", "BAM", "BOB", "CUP", "GEL", "MAD", "MOP", "PEN", "SOS", "TOP", "TRY", "SAR",
    "CAT", "DOP", "ERN", "GIP", "LAK", "LEK", "NIO", "STD", "TMM", "VEF",
})  # fmt: skip

#: News words and signs that several currencies share, by the CLDR word whose currencies
#: they share ("bucks" are dollars, "불" is "달러"): resolved as the word is
#: (:mod:`aibrief._reading.currencies`).
SHARED_CURRENCY_WORDS: Final[dict[str, str]] = {
    "bucks": "dollars", "buck": "dollars", "불": "달러", "달러화": "달러", "원화": "원",
    "rupee": "rupees", "rs": "rupees", "rs.": "rupees", "₨": "rupees",
}  # fmt: skip

#: Minor units of money after a number: the decimal places they shift, the currency they
#: belong to (``None`` for cents and pennies, which many currencies have) and whether they are
#: read only after a major unit ("20 ringgit and 43 sen", "三块四分": 分 alone is points).
MINOR_UNITS: Final[dict[str, tuple[int, str | None, bool]]] = {
    "cents": (2, None, False), "cent": (2, None, False), "¢": (2, None, False),
    "c": (2, None, True), "penny": (2, None, False), "pennies": (2, None, False),
    "pence": (2, "GBP", False), "sen": (2, None, True), "센트": (2, None, False),
    "페니": (2, None, False), "펜스": (2, "GBP", False), "美分": (2, "USD", False),
    "便士": (2, "GBP", False), "角": (1, "CNY", False), "毛": (1, "CNY", False),
    "分": (2, "CNY", True), "銭": (2, "JPY", True), "日本銭": (2, "JPY", True),
}  # fmt: skip

#: What a shared word means in news of all three languages when nothing else tells (see
#: :mod:`aibrief._reading.currencies`): an unqualified dollar or "$" is the US dollar, 元 the
#: yuan, a pound sterling, 원 the Korean won. Shared words not here ("¥", "francs", "루피")
#: stay ambiguous without a hint.
CURRENCY_CONVENTIONS: Final[dict[str, str]] = {
    "$": "USD", "dollar": "USD", "dollars": "USD", "달러": "USD",
    "元": "CNY", "圆": "CNY", "圓": "CNY", "块": "CNY", "塊": "CNY",
    "pound": "GBP", "pounds": "GBP", "파운드": "GBP", "镑": "GBP", "鎊": "GBP", "£": "GBP",
    "won": "KRW", "원": "KRW",
}  # fmt: skip

# --- Units and counters ----------------------------------------------------------------------

#: Percent signs and counters after the number, by pint unit name (see aibrief._units.registry).
COUNTERS: Final[dict[str, str]] = {
    # Ratios
    "%": "percent", "%p": "percentage_point", "%포인트": "percentage_point",
    "퍼센트": "percent", "퍼센트포인트": "percentage_point", "프로": "percent",
    "퍼센티지": "percent", "percentage": "percent", "percents": "percent",
    "bp": "basis_point", "个百分点": "percentage_point", "個百分點": "percentage_point",
    "百分点": "percentage_point", "百分點": "percentage_point", "个基点": "basis_point",
    "個基點": "basis_point", "percent": "percent", "per cent": "percent", "pct": "percent",
    "percentage points": "percentage_point", "percentage point": "percentage_point",
    "pp": "percentage_point", "basis points": "basis_point", "basis point": "basis_point",
    "bps": "basis_point",
    # Korean counters
    "명": "person", "개": "item", "건": "item", "대": "item", "장": "gpu", "주": "share",
    "토큰": "token", "파라미터": "parameter", "곳": "item", "군데": "item", "가지": "item",
    "위": "rank", "등": "rank",
    "마리": "item",
    # Chinese counters
    "人": "person", "名": "person", "位": "person", "个": "item", "個": "item", "家": "item",
    "台": "item", "枚": "item", "块gpu": "gpu", "塊gpu": "gpu", "张gpu": "gpu", "股": "share",
    "参数": "parameter", "參數": "parameter", "token": "token", "tokens": "token",
    "个token": "token", "個token": "token",
    # English
    "people": "person", "persons": "person", "person": "person", "employees": "person",
    "staff": "person", "workers": "person", "researchers": "person", "engineers": "person",
    "users": "person", "gpus": "gpu", "gpu": "gpu", "chips": "gpu", "accelerators": "gpu",
    "parameters": "parameter", "parameter": "parameter", "params": "parameter",
    "shares": "share", "share": "share", "items": "item", "item": "item", "units": "item",
    "papers": "item", "chip": "gpu", "employee": "person", "user": "person",
}  # fmt: skip

#: Words after a native Korean number ("두 주", "세 분", "한 달") that differ from their
#: meaning after digits: a unit, or ``None`` for a time (weeks, months, years, hours).
NATIVE_WORDS: Final[dict[str, str | None]] = {
    "분": "person", "사람": "person", "권": "item", "척": "item", "채": "item", "쌍": "item",
    "켤레": "item", "그루": "item", "주": None, "달": None, "해": None, "시": None, "끼": None,
    "차례": None, "판": None,
}  # fmt: skip

#: The counters a native number may be glued to ("세개", "두명"); others must be spaced, as
#: the spelling rules ask, since glued they make words ("세대" is a generation, "세배" a bow).
NATIVE_GLUED_COUNTERS: Final = frozenset({"개", "명", "곳", "가지", "마리"})

#: Words that count dozens: "一打" is 12, "五十打" 600 (of the things after it).
DOZENS: Final = frozenset({"打"})

#: Words that count tenths, as percent: "三成" is 30%, "3할" 30% ("3할 2푼" 32%).
TENTHS: Final[dict[str, str]] = {"成": "percent", "할": "percent"}

#: Korean counters that are also the start of other words ("20프로" is 20%, "5 프로그램" five
#: programs; "1위" first, "3위권" the top three): they must end their word.
WHOLE_WORD_COUNTERS: Final = frozenset({"프로", "퍼센티지", "위", "등"})

#: Counters that only appear in a price denominator: "1인당 25만원" (per person).
PER_ONLY_COUNTERS: Final[dict[str, str]] = {"인": "person"}

#: Multipliers after a number, read as the unit ``times``: "2배", "3倍", "10x", "10×".
#: The Latin "x" and "×" count only glued to the number and before a non-letter, non-digit
#: ("1920x1080", "4x4" are sizes); the scanner checks that (aibrief._reading.scan.scanner).
MULTIPLIERS: Final[dict[str, str]] = {"배": "times", "倍": "times", "x": "times", "×": "times"}

#: Words after a number that make it a date, time, age or ordinal rather than an amount:
#: "2023년", "27일", "17살", "3개월", "2倍速". Ranks ("세계 1위", "第3名") are the unit
#: ``rank`` (:mod:`aibrief._reading.scan.ranks`).
NON_AMOUNT_WORDS: Final = frozenset({
    "년", "년대", "년도", "월", "일", "시", "시간", "분", "분기", "초", "살", "세", "번째", "위권",
    "번", "차", "회", "호", "층", "주년", "주간", "주일", "주째", "주차", "기", "등",
    "개월", "개국", "학년", "세대",
    "年", "年代", "年度", "月", "日", "号", "號", "岁", "歲", "时", "時", "点", "點", "分",
    "秒", "倍速", "届", "屆", "代", "季度", "周年", "週年", "个月", "個月", "周", "週", "天",
    "小时", "小時", "世纪", "世紀", "次",
})  # fmt: skip

# --- Qualifiers ------------------------------------------------------------------------------

#: Qualifiers written before the number: "약 80억원", "约合人民币4亿元", "more than 23 million".
QUALIFIER_PREFIXES: Final[dict[str, Qualifier]] = {
    "약": "about", "대략": "about", "최대": "up_to", "최소": "at_least",
    "约": "about", "約": "about", "约合": "about", "約合": "about", "大约": "about",
    "约为": "about", "約為": "about", "大约为": "about", "大約為": "about", "约有": "about",
    "約有": "about", "约达": "about", "約達": "about", "约占": "about", "約佔": "about",
    "大約": "about", "大概": "about", "逾": "over", "超过": "over", "超過": "over",
    "超": "over", "近": "nearly", "将近": "nearly", "將近": "nearly", "接近": "nearly",
    "不到": "under", "不足": "under", "低于": "under", "低於": "under", "少于": "under",
    "少於": "under", "最多": "up_to", "最高": "up_to", "至多": "up_to", "至少": "at_least",
    "最少": "at_least",
    "about": "about", "around": "about", "approximately": "about", "approx.": "about",
    "roughly": "about", "some": "about", "an estimated": "about", "estimated": "about",
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly",
    "more than": "over", "over": "over", "above": "over", "upwards of": "over",
    "in excess of": "over", "just over": "over", "at least": "at_least",
    "no less than": "at_least", "less than": "under", "fewer than": "under", "under": "under",
    "below": "under", "up to": "up_to", "as much as": "up_to", "as many as": "up_to",
    "at most": "up_to", "≈": "about",
}  # fmt: skip

#: Qualifiers written after the amount, possibly after a particle: "1만개 이상",
#: "2조원을 돌파", "10% 가까이", "20亿元以上", "100 or more".
QUALIFIER_SUFFIXES: Final[dict[str, Qualifier]] = {
    "이상": "at_least", "이하": "up_to", "미만": "under", "초과": "over", "넘게": "over",
    "넘는": "over", "넘어": "over", "넘었": "over", "넘겼": "over", "넘긴": "over",
    "돌파": "over", "남짓": "over", "가까이": "nearly", "육박": "nearly", "근접": "nearly",
    "가량": "about", "정도": "about", "안팎": "about", "내외": "about", "쯤": "about",
    "까지": "up_to", "이내": "up_to",
    "以上": "at_least", "以下": "up_to", "以内": "up_to", "以內": "up_to", "左右": "about",
    "上下": "about", "出头": "over", "出頭": "over",
    "or more": "at_least", "or so": "about", "or less": "up_to", "or fewer": "up_to",
}  # fmt: skip

#: Marks between the number and its unit that mean "more than": "41만1000여 명", "10多亿",
#: "1000余万".
OVER_MARKS: Final = frozenset({"여", "多", "余", "餘"})

#: Periods of a rate, by their pint unit: after the amount ("$2 billion a year", "per
#: quarter", "annually") or before it in Korean and Chinese ("분기당 20억 달러", "每年100亿元").
PERIODS: Final[dict[str, str]] = {
    "year": "year", "annum": "year", "yr": "year", "quarter": "quarter", "month": "month",
    "week": "week", "day": "day", "annually": "year", "yearly": "year", "monthly": "month",
    "weekly": "week", "daily": "day",
}  # fmt: skip
PERIODS_BEFORE: Final[dict[str, str]] = {
    "분기당": "quarter", "매분기": "quarter", "연간": "year", "매년": "year", "해마다": "year",
    "매월": "month", "매달": "month", "월간": "month", "매주": "week", "주당": "week",
    "매일": "day", "하루": "day", "일일": "day",
    "每年": "year", "每季度": "quarter", "每季": "quarter", "每月": "month", "每周": "week",
    "每週": "week", "每天": "day", "每日": "day",
}  # fmt: skip

# --- Change verbs ----------------------------------------------------------------------------

#: Verbs and nouns after an amount that say it is a change, with its sign: "17% 폭락",
#: "a 17% drop". Rises keep the value positive but belong to the mention.
SIGN_SUFFIXES: Final[dict[str, int]] = {
    "폭락": -1, "급락": -1, "하락": -1, "떨어": -1, "감소": -1, "줄어": -1, "줄었": -1,
    "추락": -1, "내려": -1, "내렸": -1, "빠져": -1, "빠졌": -1, "곤두박질": -1,
    "상승": 1, "급등": 1, "폭등": 1, "증가": 1, "올라": 1, "올랐": 1, "늘어": 1, "늘었": 1,
    "뛰어": 1, "뛰었": 1, "치솟": 1,
    "drop": -1, "decline": -1, "fall": -1, "plunge": -1, "slump": -1, "decrease": -1,
    "rise": 1, "jump": 1, "gain": 1, "increase": 1, "surge": 1,
}  # fmt: skip

#: Verbs before an amount that say it is a change: "暴跌17%", "下跌了约17%", "fell 17%".
#: "fell to $100" is a level, not a change: the verb must be followed by the amount or "by".
SIGN_PREFIXES: Final[dict[str, int]] = {
    "下跌": -1, "下降": -1, "下滑": -1, "暴跌": -1, "大跌": -1, "重挫": -1, "跌": -1,
    "减少": -1, "減少": -1, "降低": -1, "缩水": -1, "縮水": -1,
    "上涨": 1, "上漲": 1, "上升": 1, "增长": 1, "增長": 1, "涨": 1, "漲": 1, "暴涨": 1,
    "暴漲": 1, "大涨": 1, "大漲": 1, "增加": 1, "提高": 1,
    "fell": -1, "dropped": -1, "plunged": -1, "slumped": -1, "declined": -1, "tumbled": -1,
    "sank": -1, "slid": -1, "lost": -1, "down": -1, "decreased": -1, "shed": -1,
    "rose": 1, "jumped": 1, "surged": 1, "climbed": 1, "gained": 1, "soared": 1, "up": 1,
    "increased": 1, "grew": 1,
}  # fmt: skip

#: Numerals that are common words when they stand alone: 万一 and 만일 are "in case", 천사 an
#: angel, 조사 an inquiry, 만사 all things, 경사 a slope, 백일 a hundredth day, never numbers.
NUMERAL_WORDS: Final = frozenset({
    "万一", "萬一", "만일", "천사", "조사", "만사", "경사", "경이", "백일", "천일", "백사",
})  # fmt: skip

#: Words for a minus sign before a number: "마이너스 5", "负三十二", "minus five percent".
MINUS_WORDS: Final[dict[str, int]] = {
    "마이너스": -1, "마이나스": -1, "음수": -1, "负": -1, "負": -1, "minus": -1, "negative": -1,
}  # fmt: skip

# --- Equivalents -----------------------------------------------------------------------------

#: Labels that may open a stated equivalent in parentheses: "(한화 약 80억원)", "(or $5.6M)".
EQUIVALENT_LABELS: Final = frozenset({
    "한화", "원화", "우리 돈", "우리돈", "折合", "合", "相当于", "相當於", "equivalent to",
    "or", "i.e.",
})  # fmt: skip

# --- Text normalisation ----------------------------------------------------------------------

#: One-for-one character replacements applied before reading, so offsets stay valid:
#: full-width forms (％, ，, （, ５) and the tilde, dash and space variants news uses.
NORMALIZE: Final = str.maketrans(
    {chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}
    | {"￥": "¥", "￦": "₩", "∼": "~", "〜": "~", "−": "-", "–": "-", "\u00a0": " "}
    | {"\u3000": " ", "\u202f": " ", "\u2009": " "}
)


class WordTable(Generic[T]):
    """Finds the longest word of a table at a position of a text, by a dict lookup.

    A scanner calls this at every candidate position, so it avoids regular expressions: the
    words are indexed by their first character and tried longest first. Latin words match
    ignoring case and only as whole words; with ``word_start``, Hangul words must also begin
    a word, so the 약 (about) inside 만약 (if) is not read as a qualifier.

    >>> table = WordTable({"위": "rank", "위안": "CNY", "more than": "over"})
    >>> table.match("1위안", 1), table.match("More than 5", 0), table.match("moreover", 0)
    (('CNY', 3), ('over', 9), None)
    """

    __slots__ = ("_by_first", "_word_start", "firsts")

    def __init__(self, table: Mapping[str, T], *, word_start: bool = False) -> None:
        by_first: dict[str, list[tuple[str, T]]] = {}
        for word, meaning in sorted(table.items(), key=lambda item: -len(item[0])):
            firsts = {word[0], word[0].upper()}
            for first in firsts:
                by_first.setdefault(first, []).append((word, meaning))
        self._by_first = by_first
        self._word_start = word_start
        #: The characters a word can start with, for callers that check before calling.
        self.firsts = frozenset(by_first)

    def match(self, text: str, pos: int) -> tuple[T, int] | None:
        """The meaning of the longest word at ``text[pos:]`` and where it ends, or ``None``."""
        candidates = self._by_first.get(text[pos : pos + 1])
        if candidates is None:
            return None
        for word, meaning in candidates:
            end = pos + len(word)
            piece = text[pos:end]
            if piece != word and piece.lower() != word:
                continue
            if is_latin(word[-1]) and is_latin(text[end : end + 1]):
                continue
            if pos and is_latin(word[0]) and is_latin(text[pos - 1]):
                continue
            if self._word_start and pos and is_hangul(word[0]) and is_hangul(text[pos - 1]):
                continue
            return meaning, end
        return None


def is_latin(char: str) -> bool:
    """Whether ``char`` is a Latin letter (A-Z, a-z); False for the empty string."""
    return char.isascii() and char.isalpha()


def is_hangul(char: str) -> bool:
    """Whether ``char`` is a Hangul syllable."""
    return "\uac00" <= char <= "\ud7a3"
