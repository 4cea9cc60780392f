"""Number words and digit groups of Korean, Chinese and English news, read into exact Decimals.

Korean and Chinese count in groups of four digits: 만/万 is 10^4, 억/亿 10^8, 조/万亿 10^12 and
경 10^16, and inside a group 천/千, 백/百 and 십/十 count thousands, hundreds and tens. News
mixes Arabic digits into that system ("557만6000", "846조6875억", "1.5조", "102억7,600만",
"557万6千"), and sometimes writes it all in numerals ("오천만", "五百五十七万六千").

兆 is read as 10^12, the meaning Taiwan's financial press and CLDR's zh_Hant data give it (in
mainland technical usage 兆 is the SI prefix mega, but it never counts money there).

English writes a scale word after the digits: "5.576 million", "1.2bn", "US$5.6M".

>>> from aibrief._reading.numerals import read_numeral
>>> read_numeral("557만6000").value
Decimal('5576000')
>>> read_numeral("五百五十七万六千").value
Decimal('5576000')
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final, NamedTuple

from aibrief._core.decimal import EXACT

__all__ = [
    "ARABIC",
    "BIG_SCALES",
    "CORE",
    "DIGIT_CORE",
    "ENGLISH_SCALES",
    "INNER_MARKS",
    "NUMERAL_DIGITS",
    "POINTS",
    "SMALL_SCALES",
    "TENS",
    "Numeral",
    "english_scale",
    "power_of_ten",
    "read_numeral",
    "tidy",
]

#: Digits as news writes them: "5576000", "5,576,000", "1,434.10", "5.6".
#: A decimal may leave out its leading zero: ".25".
ARABIC: Final = r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?|\.[0-9]+"

#: Numeral digits, Hangul (Sino-Korean) and Han (everyday, colloquial and financial forms).
#: 영 is the Korean zero, read after a decimal point ("이백점 영삼") or alone.
NUMERAL_DIGITS: Final[dict[str, int]] = {
    "영": 0, "일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9,
    "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "俩": 2, "倆": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "壹": 1, "贰": 2, "貳": 2, "叁": 3, "參": 3,
    "肆": 4, "伍": 5, "陆": 6, "陸": 6, "柒": 7, "捌": 8, "玖": 9,
}  # fmt: skip

#: Scales inside a four-digit group, as powers of ten.
SMALL_SCALES: Final[dict[str, int]] = {
    "십": 1, "백": 2, "천": 3, "十": 1, "百": 2, "千": 3, "拾": 1, "佰": 2, "仟": 3,
}  # fmt: skip

#: Scales between groups, as powers of ten. 万亿 is one word for 10^12, and 万万 the older
#: word for 10^8 ("四万万", four hundred million).
BIG_SCALES: Final[dict[str, int]] = {
    "만": 4, "억": 8, "조": 12, "경": 16, "万": 4, "萬": 4, "亿": 8, "億": 8, "兆": 12,
    "万亿": 12, "萬億": 12, "万万": 8, "萬萬": 8,
}  # fmt: skip

#: Han characters that write a multiple of ten in one: 廿 20, 卅 30, 卌 40 ("卅三" is 33).
TENS: Final[dict[str, str]] = {"廿": "二十", "卅": "三十", "卌": "四十"}

#: Decimal points written as words: Chinese 点/點, Korean 점 and its spoken form 쩜.
POINTS: Final = frozenset("点點점쩜")

#: Marks inside a number that make it approximate: "10여억", "10多亿", "1000余万", "二十几万"
#: (twenty-odd ten-thousands): the number is then "over" the figure without them.
INNER_MARKS: Final = frozenset("여多余餘几幾")

#: English scale words and abbreviations (matched in lower case), as powers of ten; Indian
#: English counts in lakhs (10^5) and crores (10^7).
ENGLISH_SCALES: Final[dict[str, int]] = {
    "thousand": 3, "k": 3, "million": 6, "mn": 6, "mln": 6, "m": 6, "billion": 9, "bn": 9,
    "bln": 9, "b": 9, "trillion": 12, "tn": 12, "trn": 12, "t": 12, "lakh": 5, "lakhs": 5,
    "crore": 7, "crores": 7,
}  # fmt: skip

_KO_DIGITS = "영일이삼사오육칠팔구"
_KO_SCALES = "십백천만억조"
_ZH_DIGITS = "〇零一二两兩俩倆三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖"
_ZH_SCALES = "十百千拾佰仟万萬亿億兆廿卅卌"
# 경 begins common words (경기, 경제, 경영, 경쟁, 경우, 경험): only a scale before anything else.
_SCALE = rf"[{_KO_SCALES}{_ZH_SCALES}]|경(?![기제영쟁우험로력향])"
# Korean digits, then a decimal point and the digits after it read one by one ("삼점사").
_KO_POINT = rf"[점쩜] ?[{_KO_DIGITS}]+"
_ZH_POINT = rf"[点點][{_ZH_DIGITS}]+"

#: A number as written, in one of three shapes: Arabic digits with scale characters between
#: groups ("557만6000", "10여억", "1千零20"), Hangul numerals ("오천만", "삼점사") or Han
#: numerals ("五百五十七万六千", "五点六亿", "一百五十四点零"). Numeral-only shapes must hold
#: a scale character or a decimal point: lone 이, 일 or 一 are words.
#: The Arabic-led shape of :data:`CORE` alone.
DIGIT_CORE: Final = rf"(?:{ARABIC})(?:[여多余餘几幾]?(?:{_SCALE})(?:零?(?:{ARABIC}))?)*"

CORE: Final = (
    rf"{DIGIT_CORE}"
    rf"|[{_KO_DIGITS}]*[{_KO_SCALES}][{_KO_DIGITS}{_KO_SCALES}]*(?:{_KO_POINT})?"
    rf"|[{_KO_DIGITS}]+{_KO_POINT}"
    rf"|[{_ZH_DIGITS}]*(?:{_ZH_POINT})?[{_ZH_SCALES}]"
    rf"(?:[{_ZH_DIGITS}{_ZH_SCALES}]|[多余餘几幾](?=[万萬亿億])|(?<=[十拾])[几幾])*(?:{_ZH_POINT})?"
    rf"|[{_ZH_DIGITS}]+{_ZH_POINT}"
)

# CORE has already checked the digit groups, so tokens can be loose: a run of digits, a
# two-character big scale, or one character.
_TOKEN = re.compile(r"[0-9][0-9,.]*|万亿|萬億|万万|萬萬|.", re.DOTALL)
_PLAIN = re.compile(r"[0-9,]+(?:\.[0-9]+)?")
# The commonest scaled shape, whole Arabic groups between one-character big scales ("557만6000",
# "846조6875억", "100亿"), read without the token loop.
_GROUPS = re.compile("((?:[0-9]+[만억조万萬亿億兆])+)([0-9]*)")
_GROUP = re.compile("([0-9]+)(.)")
_POWERS: Final[dict[int, int]] = {exponent: 10**exponent for exponent in range(17)}
_HAN_ZERO = frozenset("零〇")
# The longest number read: twice the longest literal (100 characters), room for every scale
# word and group separator of a number inside the bound, and short enough that every int made
# while reading stays far below Python's 4,300-digit limit for converting text.
_LONGEST = 200


class Numeral(NamedTuple):
    """A number read from text: its value, whether scale words made it, its largest group.

    ``top_group`` is the power of ten of the first (largest) 만/억/万/亿 word, 0 when there is
    none; a range's bare low end borrows it: "5~6조" is 5조 to 6조.
    """

    value: Decimal
    scaled: bool
    top_group: int


def read_numeral(core: str) -> Numeral | None:
    """Read a Korean or Chinese number (digits, numerals and scale words), or ``None``.

    ``None`` means the characters do not form a number: scales out of order ("만억"), a
    repeated scale ("천천") or a numeral digit right after Arabic digits.

    Chinese shortens a number by leaving out the last scale: a Han digit right after a scale
    counts one step below it ("一万三" is 13,000, "两千四百五" 2,450, "百二" 120), unless
    零 stands between them ("一千零三" is 1,003). Korean numerals have no such form.

    >>> read_numeral("846조6875억").value
    Decimal('846687500000000')
    >>> read_numeral("1.5조").value
    Decimal('1500000000000')
    >>> read_numeral("102억7,600만").value
    Decimal('10276000000')
    >>> read_numeral("만").value, read_numeral("십만").value, read_numeral("两千亿").value
    (Decimal('10000'), Decimal('100000'), Decimal('200000000000'))
    >>> read_numeral("一万三").value, read_numeral("一千零十二").value, read_numeral("四万万").value
    (Decimal('13000'), Decimal('1012'), Decimal('400000000'))
    >>> read_numeral("천천") is None
    True
    """
    if len(core) > _LONGEST:  # no number within the bound on amounts is written so long
        return None
    if core.isdigit():  # the common cases: plain digits, then digits with commas and a point
        return Numeral(Decimal(int(core)), False, 0)
    if core[0] == ".":
        core = "0" + core
    if _PLAIN.fullmatch(core):
        return Numeral(EXACT.create_decimal(core.replace(",", "")), False, 0)
    if (groups := _GROUPS.fullmatch(core)) is not None:
        return _read_groups(groups[1], groups[2])
    return _read_tokens(core)


def _read_groups(groups: str, last: str) -> Numeral | None:
    """Whole groups such as "557만" then "6000": each scale must be smaller than the one before."""
    total = top = 0
    previous: int | None = None
    for digits, scale in _GROUP.findall(groups):
        big = BIG_SCALES[scale]
        if previous is not None and big >= previous:
            return None
        top = top or big
        total += int(digits) * _POWERS[big]
        previous = big
    return Numeral(Decimal(total + int(last or 0)), True, top)


def _read_tokens(core: str) -> Numeral | None:
    """Any shape of :data:`CORE`, one token (digit run, numeral, scale or point) at a time."""
    for tens, digits in TENS.items():
        if tens in core:
            core = core.replace(tens, digits)
    count = _Count(_shift(core))
    for token in _TOKEN.findall(core):
        if not count.take(token):
            return None
    return count.numeral(core)  # None for a shortened number with a point ("五点六亿三")


def _shift(core: str) -> int:
    """The power of ten that makes every decimal fraction of ``core`` whole (0 if it has none).

    Integers are exact and fast, so :class:`_Count` counts a decimal fraction in units of
    10^-shift, which is enough digits for every fraction in the text, and scales back once.
    """
    return len(core) if any(char in POINTS or char == "." for char in core) else 0


class _Count:
    """A number being read token by token, in units of 10^-shift.

    Read "5천5백만" as: digits "5", small scale 천 (group 5000), digits "5", small scale 백
    (group 5500), big scale 만 (total 55000000, group 0).
    """

    __slots__ = (
        "after_scale",
        "arabic",
        "digits",
        "group",
        "last_big",
        "last_small",
        "shift",
        "top",
        "total",
    )

    def __init__(self, shift: int) -> None:
        self.shift = shift
        self.total = 0  # the groups closed by a big scale (만, 억, 万, 亿), scaled
        self.group = 0  # the open group: its thousands, hundreds and tens so far
        self.digits = ""  # digits (perhaps with a point) that no scale has multiplied yet
        self.arabic = False  # whether those digits are Arabic: no numeral digit may follow
        self.last_big: int | None = None  # the power of the last big scale, None before one
        self.last_small: int | None = None  # the power of the last small scale in the group
        self.top = 0  # the power of the first (largest) big scale, 0 before one
        # The power of the scale the pending Han digit follows directly (一万三: 4), else None.
        self.after_scale: int | None = None

    def take(self, token: str) -> bool:
        """Add one token; ``False`` when it cannot come where it stands."""
        if "0" <= token[0] <= "9":
            return self._arabic(token)
        if (digit := NUMERAL_DIGITS.get(token)) is not None:
            return self._numeral_digit(token, digit)
        if (small := SMALL_SCALES.get(token)) is not None:
            return self._small_scale(small)
        if (big := BIG_SCALES.get(token)) is not None:
            return self._big_scale(big, token)
        if token in POINTS:
            return self._point()
        # "10여억", "1000多万", "二十几万": an approximation mark adds nothing; a space of a
        # number written in spaced groups neither.
        return token in INNER_MARKS or token == " "

    def numeral(self, core: str) -> Numeral | None:
        """The number read, once every token of ``core`` is taken."""
        if self.digits:
            pending = self._pending()
            if pending is None:
                return None
            self.group += pending
        scaled = self.last_big is not None or self.last_small is not None
        value = Decimal(self.total + self.group)
        if self.shift:
            value = _unshift(value, self.shift, scaled, core)
        return Numeral(value, scaled, self.top)

    def _arabic(self, token: str) -> bool:
        if self.digits:  # two digit runs with nothing between
            return False
        self.digits, self.arabic, self.after_scale = token.replace(",", ""), True, None
        return True

    def _numeral_digit(self, token: str, digit: int) -> bool:
        if self.arabic:  # "5五"
            return False
        if token in _HAN_ZERO and "." not in self.digits and self._begun():
            self.after_scale = None  # 零 holds an empty place: "一千零三" is 1003
            return not self.digits
        self.digits += str(digit)
        if (len(self.digits) > 1 and "." not in self.digits) or "\uac00" <= token <= "\ud7a3":
            self.after_scale = None  # Korean numerals are never shortened: "천삼" is 1003
        return True

    def _small_scale(self, power: int) -> bool:
        if self.last_small is not None and power >= self.last_small:  # "천천", "千百千"
            return False
        self.group += self._multiplier() * _POWERS[power]
        self.digits, self.arabic, self.last_small = "", False, power
        self.after_scale = power
        return True

    def _big_scale(self, power: int, token: str) -> bool:
        if self.last_big is not None and power >= self.last_big:  # "만억", "억억"
            # Chinese may scale a whole count of 万 by 亿: "一万五千亿" is 1.5 x 10^12.
            return power > self.top and not _hangul(token) and self._scale_all(power)
        self.top = self.top or power
        if self.digits:
            # "百二萬" is 120万, but in "六十二亿四万" the 四 counts the 万.
            pending = self._pending() if (self.after_scale or 0) < 4 else self._plain()
            if pending is None:
                return False
            self.group += pending
        elif self.last_small is None:
            self.group = 10**self.shift  # "만원": a bare scale counts one of it
        self.total += self.group * _POWERS[power]
        self.group, self.digits, self.arabic = 0, "", False
        self.last_big, self.last_small, self.after_scale = power, None, power
        return True

    def _scale_all(self, power: int) -> bool:
        """Multiply all read so far by a scale above every one before it."""
        if not (self.group or self.digits):
            return False
        pending = self._plain() if self.digits else 0
        self.total = (self.total + self.group + pending) * _POWERS[power]
        self.group, self.digits, self.arabic = 0, "", False
        self.top = self.last_big = power
        self.last_small, self.after_scale = None, power
        return True

    def _point(self) -> bool:
        if "." in self.digits or self._shortened():
            return False  # "一千六点五": 1600.5 or 1006.5? Neither is read.
        if not self.digits:
            if not (self.group or self.total):
                return False
            self.digits = "0"  # "이백점 영삼": the point follows a whole group, 200.03
        self.digits += "."
        self.after_scale = None
        return True

    def _begun(self) -> bool:
        """Whether anything was read yet (a leading 零 is the digit zero: "零点五")."""
        return bool(self.digits or self.total or self.group or self.last_small or self.last_big)

    def _shortened(self) -> bool:
        """Whether the pending digit is the last of a shortened number ("一万三")."""
        power = self.after_scale
        return power is not None and power >= 2 and len(self.digits) == 1 and not self.arabic

    def _plain(self) -> int:
        return _scaled(self.digits, self.shift)

    def _pending(self) -> int | None:
        """The digits no scale has multiplied, scaled; one Han digit right after a scale
        counts one step below it (the shortened "一万三", "两千四百五")."""
        if self.after_scale is not None and self._shortened():
            # A shortened number with a decimal point elsewhere ("五点六亿三") is not read.
            return None if self.shift else int(self.digits) * _POWERS[self.after_scale - 1]
        return _scaled(self.digits, self.shift)

    def _multiplier(self) -> int:
        """The digits before a small scale, scaled; one when there are none ("십만", "千")."""
        return _scaled(self.digits, self.shift) if self.digits else 10**self.shift


def _hangul(token: str) -> bool:
    """Whether a scale token is Korean (만, 억), which never scales a whole count."""
    return "\uac00" <= token[0] <= "\ud7a3"


def _unshift(value: Decimal, shift: int, scaled: bool, core: str) -> Decimal:
    """A value counted in units of 10^-shift, back in units of one.

    A scaled number drops the zeros the shift left behind; a plain one keeps the fraction
    digits ``core`` shows.
    """
    value = value.scaleb(-shift, EXACT)
    if scaled:
        return tidy(value)
    return value.quantize(Decimal(1).scaleb(-_fraction(core)), context=EXACT)


def _scaled(digits: str, shift: int) -> int:
    """``digits`` (perhaps with a decimal point) times 10^shift, as an exact int."""
    whole, _, fraction = digits.partition(".")
    return int(whole + fraction + "0" * (shift - len(fraction)))


def _fraction(core: str) -> int:
    """How many digits a number without scale words shows after its decimal point."""
    for point in POINTS:
        core = core.replace(point, ".")
    return len(core.partition(".")[2].replace(" ", ""))


def english_scale(word: str) -> int:
    """The power of ten of an English scale word or abbreviation ("million", "M", "bn").

    >>> english_scale("billion"), english_scale("M"), english_scale("bn")
    (9, 6, 9)
    """
    return ENGLISH_SCALES[word.strip().lower()]


def power_of_ten(exponent: int) -> Decimal:
    """10 to the power ``exponent`` as an integral Decimal.

    >>> power_of_ten(8)
    Decimal('100000000')
    """
    return Decimal(10**exponent)


def tidy(value: Decimal) -> Decimal:
    """Drop the fraction zeros a scale leaves behind: 1.5 x 10^12 is 1500000000000, not ...0.0.

    Only for computed values: a number as written keeps its digits ("1,434.10원").

    >>> tidy(Decimal("1500000000000.0")), tidy(Decimal("5576002.500"))
    (Decimal('1500000000000'), Decimal('5576002.5'))
    """
    exponent = value.as_tuple().exponent
    if not isinstance(exponent, int) or exponent >= 0:
        return value
    if value == value.to_integral_value(context=EXACT):
        return value.quantize(Decimal(1), context=EXACT)
    return value.normalize(EXACT)
