"""The short words Korean, Chinese and English news use for currencies, units and qualifiers.

babel's CLDR data names currencies the way a dictionary does ("미국 달러", "人民币",
"US dollars"); newspapers write "달러", "元" and "$". This module is the one small table of
those news words, for the languages the ``"news"`` style writes: ``"ko"``, ``"zh_Hans"``,
``"zh_Hant"`` and ``"en"``. Everything babel already spells the news way stays in babel: a
currency missing from :data:`CURRENCY_WORDS` is written with babel's own name for it.

The words are the ones Korean, Chinese and English news copy commonly uses; the qualifiers
are those of issue 5 (약, 이상, 여 or 초과, 가까이, 미만, 최대; 约, 逾, 至少, 近, 不到, 最多;
about, more than, at least, nearly, under, up to). Reading uses its own table
(:mod:`aibrief._reading.lexicon`, which knows many more synonyms); ``tests/test_roundtrip.py`` checks
that everything written here reads back.

>>> from aibrief._writing.words import CURRENCY_WORDS
>>> CURRENCY_WORDS["ko"]["USD"], CURRENCY_WORDS["zh_Hans"]["CNY"], CURRENCY_WORDS["en"]["CNY"]
('달러', '元', 'yuan')
"""

from __future__ import annotations

from typing import Literal

__all__ = [
    "COUNT_SCALES",
    "COUNT_WORDS",
    "CURRENCY_WORDS",
    "EN_CURRENCY_SYMBOLS",
    "EN_SCALES",
    "KO_GROUPS",
    "KO_OVER_MARK",
    "PER_SCALE_WORDS",
    "PER_UNIT_WORDS",
    "PER_WORDS",
    "QUALIFIER_WORDS",
    "RANGE_SEPARATORS",
    "ZH_UNITS",
    "NewsLanguage",
]

#: The languages the news style writes. Chinese is split by script: Simplified (万, 亿, 万亿)
#: and Traditional (萬, 億, 兆, as Taiwan's papers and CLDR's zh_Hant data write 10^12).
NewsLanguage = Literal["ko", "zh_Hans", "zh_Hant", "en"]

#: Currency words written after the number. English writes the currencies of
#: :data:`EN_CURRENCY_SYMBOLS` as a symbol before it instead: "$5.576 million".
#: "¥" alone would not say whether yen or yuan is meant, so English writes "yuan" and "yen".
CURRENCY_WORDS: dict[NewsLanguage, dict[str, str]] = {
    "ko": {
        "USD": "달러",
        "CNY": "위안",
        "KRW": "원",
        "JPY": "엔",
        "EUR": "유로",
        "GBP": "파운드",
        "HKD": "홍콩달러",
        "TWD": "대만달러",
    },
    "zh_Hans": {
        "USD": "美元",
        "CNY": "元",
        "KRW": "韩元",
        "JPY": "日元",
        "EUR": "欧元",
        "GBP": "英镑",
        "HKD": "港元",
        "TWD": "新台币",
    },
    "zh_Hant": {
        "USD": "美元",
        "CNY": "人民幣",
        "KRW": "韓元",
        "JPY": "日圓",
        "EUR": "歐元",
        "GBP": "英鎊",
        "HKD": "港元",
        "TWD": "元",
    },
    "en": {"CNY": "yuan", "JPY": "yen"},
}

#: Currencies English news writes as a symbol before the number: "$5.576 million", "₩8 billion".
EN_CURRENCY_SYMBOLS: dict[str, str] = {"USD": "$", "EUR": "€", "GBP": "£", "KRW": "₩", "INR": "₹"}

#: Korean counts in units of 10^4: 557만6000 is 5,576,000.
KO_GROUPS: tuple[str, ...] = ("", "만", "억", "조", "경")

#: Chinese writes one unit and a decimal: 557.6万, 1.2万亿. (power of ten, word), largest first.
ZH_UNITS: dict[NewsLanguage, tuple[tuple[int, str], ...]] = {
    "zh_Hans": ((12, "万亿"), (8, "亿"), (4, "万")),
    "zh_Hant": ((12, "兆"), (8, "億"), (4, "萬")),
}

#: English scales, largest first; smaller numbers are written in full with commas.
EN_SCALES: tuple[tuple[int, str], ...] = ((12, "trillion"), (9, "billion"), (6, "million"))

#: Korean news marks "over" between the number and its unit word: "41만1000여 명", "80억여 원".
#: Where there is no unit word to follow it (17%, ₩8,000,000,000) it writes 초과 instead.
KO_OVER_MARK = "여"

#: Qualifier words as (before, after) the amount.
QUALIFIER_WORDS: dict[NewsLanguage, dict[str, tuple[str, str]]] = {
    "ko": {
        "about": ("약 ", ""),
        "over": ("", " 초과"),
        "at_least": ("", " 이상"),
        "nearly": ("", " 가까이"),
        "under": ("", " 미만"),
        "up_to": ("최대 ", ""),
    },
    "zh_Hans": {
        "about": ("约", ""),
        "over": ("逾", ""),
        "at_least": ("至少", ""),
        "nearly": ("近", ""),
        "under": ("不到", ""),
        "up_to": ("最多", ""),
    },
    "zh_Hant": {
        "about": ("約", ""),
        "over": ("逾", ""),
        "at_least": ("至少", ""),
        "nearly": ("近", ""),
        "under": ("不到", ""),
        "up_to": ("最多", ""),
    },
    "en": {
        "about": ("about ", ""),
        "over": ("more than ", ""),
        "at_least": ("at least ", ""),
        "nearly": ("nearly ", ""),
        "under": ("under ", ""),
        "up_to": ("up to ", ""),
    },
}

#: Between the two ends of a range: "10억~20억달러", "10亿至20亿美元", "$1 billion to $2 billion".
RANGE_SEPARATORS: dict[NewsLanguage, str] = {
    "ko": "~",
    "zh_Hans": "至",
    "zh_Hant": "至",
    "en": " to ",
}

#: Words for counting and ratio units and multiples ("2배", "2倍", "2x"), by pint unit name.
#: Korean entries are (word, attached): counters such as 명 and 개 attach to the number in news
#: copy ("1만2000명"), nouns such as 토큰 are spaced. English entries are (singular, plural).
COUNT_WORDS: dict[NewsLanguage, dict[str, tuple[str, str]]] = {
    "ko": {
        "person": ("명", "attached"),
        "item": ("개", "attached"),
        "gpu": ("장", "attached"),
        "share": ("주", "attached"),
        "token": ("토큰", "spaced"),
        "parameter": ("파라미터", "spaced"),
        "percent": ("%", "attached"),
        "percentage_point": ("%포인트", "attached"),
        "basis_point": ("bp", "attached"),
        "times": ("배", "attached"),
    },
    "zh_Hans": {
        "person": ("人", ""),
        "item": ("个", ""),
        "gpu": ("块GPU", ""),
        "share": ("股", ""),
        "token": ("token", ""),
        "parameter": ("参数", ""),
        "percent": ("%", ""),
        "percentage_point": ("个百分点", ""),
        "basis_point": ("个基点", ""),
        "times": ("倍", ""),
    },
    "zh_Hant": {
        "person": ("人", ""),
        "item": ("個", ""),
        "gpu": ("塊GPU", ""),
        "share": ("股", ""),
        "token": ("token", ""),
        "parameter": ("參數", ""),
        "percent": ("%", ""),
        "percentage_point": ("個百分點", ""),
        "basis_point": ("個基點", ""),
        "times": ("倍", ""),
    },
    "en": {
        "person": ("person", "people"),
        "item": ("item", "items"),
        "gpu": ("GPU", "GPUs"),
        "share": ("share", "shares"),
        "token": ("token", "tokens"),
        "parameter": ("parameter", "parameters"),
        "percent": ("%", "%"),
        "percentage_point": ("percentage point", "percentage points"),
        "basis_point": ("basis point", "basis points"),
        "times": ("x", "x"),
    },
}

#: Prices are quoted per this many of a counting unit: AI price lists quote tokens per million.
COUNT_SCALES: dict[str, int] = {"token": 1_000_000}

#: How "per N units" is written, as (before, after) the money. ``{n}`` is the scale in words.
PER_WORDS: dict[NewsLanguage, tuple[str, str]] = {
    "ko": ("{n}{unit}당 ", ""),  # "100만 토큰당 2위안", "1인당 25만원"
    "zh_Hans": ("", "/{n}{unit}"),
    "zh_Hant": ("", "/{n}{unit}"),
    "en": ("", " per {n}{unit}"),
}

#: The scale of a per-unit price in words, by language: "100만 토큰당", "/百万token",
#: "per million tokens". A scale of 1 is written as nothing.
PER_SCALE_WORDS: dict[NewsLanguage, dict[int, str]] = {
    "ko": {1: "1", 1_000_000: "100만 "},
    "zh_Hans": {1_000_000: "百万"},
    "zh_Hant": {1_000_000: "百萬"},
    "en": {1_000_000: "million "},
}

#: Counting words that differ in a price's denominator: Korean says "1인당" (per person),
#: not "1명당".
PER_UNIT_WORDS: dict[NewsLanguage, dict[str, str]] = {"ko": {"person": "인"}}
