"""The one-sentence explanations of claim checks, in English, Korean and Chinese.

Each builder returns the ``explanation_en``, ``explanation_ko`` and ``explanation_zh`` keywords
of a :class:`~aibrief._claims.check.ClaimCheck`. Numbers are shown with six significant digits (never
rounding the whole part) and percentages with two decimals, rounded half-even in aibrief's own
decimal context. The Chinese sentences are the shorter ones ``aibrief check --lang zh`` has
always shown: an equivalence names its reference rate and how far the stated figure is from
the converted one, and leaves the figures themselves to the check's fields.
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, TypedDict

from aibrief._core.decimal import DIVISION, EXACT, to_decimal
from aibrief._core.types import Lang
from aibrief._writing.words import COUNT_WORDS, QUALIFIER_WORDS, NewsLanguage

if TYPE_CHECKING:
    from aibrief._dates.partial_date import PartialDate
    from aibrief._money.money import Money
    from aibrief.rates.sources import RateQuote

__all__ = [
    "Label",
    "Words",
    "counted",
    "equivalence",
    "money",
    "no_date",
    "no_rate",
    "number",
    "ordinal",
    "percent",
    "pick",
    "quantity",
    "ranking",
    "ratio",
    "stated_ratio",
    "tolerance",
    "unit_name",
]


class Words(TypedDict):
    """The explanation keywords of a ClaimCheck."""

    explanation_en: str
    explanation_ko: str
    explanation_zh: str


#: A name to show, in English, Korean and Chinese.
Label = tuple[str, str, str]


_DIGITS = 6
_HUNDRED = Decimal(100)
_CENT = Decimal("0.01")
# The digits whose Korean reading ends in a consonant (영, 일, 삼, 육, 칠, 팔).
_CLOSED_DIGITS = frozenset("013678")
# Whose last significant digit a tolerance allows half a unit of (Tolerance.rounded).
_DIGITS_ROUNDED: dict[str, Label] = {
    "figure": ("of the last significant digit", "마지막 유효 자릿수", "末位有效数字"),
    "ratio": (
        "of the ratio's last significant digit",
        "비율의 마지막 유효 자릿수",
        "比例末位有效数字",
    ),
    "ratio and figures": (
        "of the last significant digits of the ratio and the two figures",
        "비율과 두 수치의 마지막 유효 자릿수",
        "比例和两个数字末位有效数字",
    ),
}
# The news language whose words a claim explanation borrows.
_NEWS_LANGUAGE: dict[str, NewsLanguage] = {"en": "en", "ko": "ko", "zh": "zh_Hans"}


def no_date() -> Words:
    return _words(
        "Neither the fact nor its source has a date, so there is no rate to check the stated "
        "equivalence against.",
        "사실과 출처 모두 날짜가 없어 표기된 환산액을 확인할 환율이 없습니다.",
        "事实和来源都没有日期，无法找到汇率核对换算。",
    )


def no_rate(base: str, target: str, on: PartialDate, error: Exception) -> Words:
    return _words(
        f"There is no reference rate from {base} to {target} for {on} ({error}), so the stated "
        "equivalence cannot be checked.",
        f"{on}의 {base}→{target} 기준환율이 없어 표기된 환산액을 확인할 수 없습니다.",
        f"没有{on}的{base}→{target}参考汇率，无法核对换算。",
    )


def equivalence(
    *,
    amount: Money,
    stated: Money,
    expected: Money,
    quote: RateQuote,
    on: PartialDate,
    low: Decimal,
    high: Decimal,
    deviation: Decimal,
    tolerance: Decimal,
    why: Words,
) -> Words:
    """Why an equivalence check has its verdict: ``amount`` at ``quote``'s rate vs ``stated``.

    ``expected`` is ``amount`` at that rate, ``low`` and ``high`` the lowest and highest rates
    of ``on`` (shown when ``on`` is longer than a day), ``deviation`` is
    ``stated / expected - 1``; ``why`` is the tolerance with its reason
    (:meth:`aibrief.Tolerance.words`).
    """
    rate = _rate(quote, amount.currency, stated.currency)
    where_en, where_ko, where_zh = _where(rate, quote, on, low=low, high=high)
    off_en, off_ko, off_zh = _off(deviation, "换算值")
    within_en, within_ko, within_zh = _within(deviation, tolerance, why)
    return _words(
        f"{where_en}, {money(amount)} is {money(expected)}; the stated {money(stated)} "
        f"{off_en} it, {within_en}.",
        f"{where_ko} 환산하면 {money(amount)}는 {money(expected)}이고, 기사의 {money(stated)}는 "
        f"이보다 {off_ko} {within_ko}.",
        f"{where_zh}，原文数字{off_zh}，{within_zh}。",
    )


def ratio(
    *,
    part: Money,
    stated: Fraction,
    entity: Label,
    implied: Money,
    unit: str | None,
    converted: Money | None,
    quote: RateQuote | None,
    reference: Money | None,
    deviation: Decimal | None,
    tolerance: Decimal,
    why: Words,
    per: Any = None,
) -> Words:
    """Why a ratio check has its verdict: the figure ``part`` and ``stated`` imply for ``entity``.

    ``implied`` is that figure (``part / stated``) and ``converted`` the same in dollars at
    ``quote``'s rate; ``reference`` is the brief's own figure for ``entity``, ``deviation``
    ``implied / reference - 1`` (both ``None`` when the brief has none); ``why`` is the
    tolerance with its reason.
    """
    per_en, per_ko, per_zh = _per(per)
    also_en, also_ko, also_zh = _also(converted, quote)
    tail_en, tail_ko, tail_zh = _compared(reference, deviation, tolerance, why)
    shown = _ratio(stated)
    en, ko, zh = entity
    return _words(
        f"If {money(part)}{per_en} is {shown} of {en}'s figure, that figure is "
        f"{money(implied)}{per_en}{also_en}; {tail_en}.",
        f"{money(part)}{per_ko}{_josa(money(part), '이', '가')} {ko} 값의 {shown}에 해당한다면 "
        f"{ko}의 값은 {money(implied)}{per_ko}{also_ko}이며, {tail_ko}.",
        f"按此比例，{zh}的数值应为{money(implied)}{per_zh}{also_zh}；{tail_zh}。",
    )


def stated_ratio(
    *,
    part: Label,
    original: Money | None,
    quote: RateQuote | None,
    stated: Fraction,
    implied: Label,
    whole: Label,
    deviation: Decimal,
    tolerance: Decimal,
    why: Words,
) -> Words:
    """Why a ratio between two figures of a text has its verdict: ``part`` is ``stated`` of
    ``implied``, against the ``whole`` the text gives; ``deviation`` is ``whole / implied - 1``.

    ``original`` is the part as the text gives it when ``quote`` converted it to the whole's
    currency.
    """
    shown = _ratio(stated)
    also_en = also_ko = also_zh = ""
    if original is not None and quote is not None:
        also_en = f" ({money(original)} at the reference rate of {quote.rate_date})"
        also_ko = f"({quote.rate_date} 기준환율로 환산한 {money(original)})"
        also_zh = f"（{money(original)}按{quote.rate_date}参考汇率折算）"
    off_en, off_ko, off_zh = _off(deviation, "推算值")
    within_en, within_ko, within_zh = _within(deviation, tolerance, why)
    return _words(
        f"{part[0]}{also_en} is {shown} of {implied[0]}; the stated {whole[0]} {off_en} it, "
        f"{within_en}.",
        f"{part[1]}{also_ko}{_josa(part[1], '이', '가')} 전체의 {shown}이면 전체는 {implied[1]}이고, "
        f"기사의 {whole[1]}{_josa(whole[1], '은', '는')} 이보다 {off_ko} {within_ko}.",
        f"{part[2]}{also_zh}为总数的{shown}，则总数为{implied[2]}；原文数字{whole[2]}{off_zh}，"
        f"{within_zh}。",
    )


def ranking(
    *,
    metric: Label,
    who: Label,
    rank: int,
    value: Decimal,
    unit: str,
    others: list[tuple[int, Decimal, Label]],
    conflicts: list[tuple[int, Decimal, Label]],
) -> Words:
    """Why ``who``'s rank in ``metric`` agrees with the figures ``others`` state, or conflicts.

    ``others`` and ``conflicts`` hold (rank, figure, name) of the other statistics of the
    group; ``conflicts`` those ranked better with a smaller figure or worse with a larger one.
    """
    en, ko, zh = who
    metric_en, metric_ko, metric_zh = metric
    figure_en, figure_ko, figure_zh = counted(value, unit)
    if conflicts:
        other_rank, other, (name_en, name_ko, name_zh) = min(conflicts)
        more = other > value
        other_en, other_ko, other_zh = counted(other, unit)
        return _words(
            f"{en} ranks {ordinal(rank)} in {metric_en}, but the stated figures disagree: {name_en}, "
            f"ranked {ordinal(other_rank)}, has {other_en}, {'more' if more else 'less'} than "
            f"{_its(figure_en, unit)}.",
            f"{ko}의 '{metric_ko}' {rank}위는 기사 수치와 어긋납니다: {other_rank}위인 {name_ko}의 "
            f"{other_ko}{_josa(other_ko, '이', '가')} {figure_ko}보다 {'많습니다' if more else '적습니다'}.",
            f"{zh}的“{metric_zh}”排名第{rank}，与所列数字不符：排名第{other_rank}的{name_zh}为{other_zh}，"
            f"{'多于' if more else '少于'}其{figure_zh}。",
        )
    parts_en, parts_ko = _ranked_around(rank, others)
    return _words(
        f"{en} ranks {ordinal(rank)} in {metric_en}, and the stated figures agree: "
        f"{_its(figure_en, unit)} {'are' if value != 1 and unit else 'is'} {' and '.join(parts_en)}.",
        f"{ko}의 '{metric_ko}' {rank}위는 기사 수치와 맞습니다: {figure_ko}{_josa(figure_ko, '은', '는')} "
        f"{' '.join(parts_ko).removesuffix('고')}습니다.",
        f"{zh}的“{metric_zh}”排名第{rank}，与所列数字一致。",
    )


# --- Parts of sentences ----------------------------------------------------------------------


def _rate(quote: RateQuote, source: str, target: str) -> Label:
    """A quote's rate as "1,449.65 KRW per USD", in English, Korean and Chinese."""
    rate = number(quote.rate)
    return (
        f"{rate} {target} per {source}",
        f"1 {source}당 {rate} {target}",
        f"1 {source} = {rate} {target}",
    )


def _where(rate: Label, quote: RateQuote, on: PartialDate, *, low: Decimal, high: Decimal) -> Label:
    """Which reference rate converts: the day's, or the closest within a longer ``on``."""
    rate_en, rate_ko, rate_zh = rate
    day = quote.rate_date
    if on.precision == "day":
        return (
            f"At the reference rate of {day} ({rate_en})",
            f"{day} 기준환율({rate_ko})로",
            f"按{day}参考汇率（{rate_zh}）",
        )
    return (
        f"At the rate closest to the stated one within {on} ({rate_en} on {day}; "
        f"{number(low)} to {number(high)} over the period)",
        f"{on} 기간 중 기사 수치에 가장 가까운 기준환율({day}, {rate_ko}; 기간 중 "
        f"{number(low)}~{number(high)})로",
        f"按{on}期间最接近原文数字的参考汇率（{day}，{rate_zh}；该期间为{number(low)}至{number(high)}）",
    )


def _per(per: Any) -> Label:
    """What a price is per ("per 1,000,000 tokens"), as each language appends it."""
    if per is None:
        return "", "", ""
    en, ko, zh = counted(to_decimal(per.magnitude), unit_name(per))
    return f" per {en}", f"({ko}당)", f"（每{zh}）"


def _also(converted: Money | None, quote: RateQuote | None) -> Label:
    """The inferred figure in dollars at the reference rate, if it was converted."""
    if converted is None or quote is None:
        return "", "", ""
    return (
        f" ({money(converted)} at the reference rate of {quote.rate_date})",
        f"({quote.rate_date} 기준환율로 {money(converted)})",
        f"，按{quote.rate_date}参考汇率折合{money(converted)}",
    )


def _compared(
    reference: Money | None, deviation: Decimal | None, tolerance: Decimal, why: Words
) -> Label:
    """How an inferred figure compares with the brief's own, or that the brief has none."""
    if reference is None or deviation is None:
        en, ko, zh = why["explanation_en"], why["explanation_ko"], why["explanation_zh"]
        return (
            f"the brief holds no figure of its own to compare it with within {en}",
            f"브리프에는 허용 오차 {ko} 안에서 비교할 값이 없습니다",
            f"简报中没有可在容差{zh}内比较的数值",
        )
    off_en, off_ko, off_zh = _off(deviation, "该值")
    within_en, within_ko, within_zh = _within(deviation, tolerance, why)
    return (
        f"it {off_en} the brief's {money(reference)}, {within_en}",
        f"브리프의 {money(reference)}보다 {off_ko} {within_ko}",
        f"简报中的数值为{money(reference)}，推算值{off_zh}，{within_zh}",
    )


def _its(figure: str, unit: str) -> str:
    """ "its 411,000 people", or "its figure of 100" for a bare number."""
    return f"its {figure}" if unit else f"its figure of {figure}"


def _ranked_around(
    rank: int, others: list[tuple[int, Decimal, Label]]
) -> tuple[list[str], list[str]]:
    """How a figure agrees with its rank, in English and Korean: not more than those above it."""
    above = sum(1 for other_rank, _, _ in others if other_rank < rank)
    below = len(others) - above
    parts_en, parts_ko = [], []
    if above:
        those = "the figure" if above == 1 else f"any of the {above} figures"
        parts_en.append(f"no more than {those} ranked above")
        parts_ko.append(f"상위 {above}개 수치보다 많지 않고")
    if below:
        those = "the figure" if below == 1 else f"any of the {below} figures"
        parts_en.append(f"no less than {those} ranked below")
        parts_ko.append(f"하위 {below}개 수치보다 적지 않고")
    return parts_en, parts_ko


# --- Numbers ---------------------------------------------------------------------------------


def number(value: Decimal) -> str:
    """``value`` with six significant digits (whole digits are never rounded) and commas."""
    if value == 0:
        return "0"
    places = max(0, _DIGITS - value.adjusted() - 1)
    rounded = value.quantize(Decimal(1).scaleb(-places), ROUND_HALF_EVEN, EXACT)
    shown = f"{rounded:,f}"
    return shown.rstrip("0").rstrip(".") if "." in shown else shown


def money(value: Money) -> str:
    return f"{number(value.amount)} {value.currency}"


def _short_percent(value: Decimal) -> str:
    """A round share as news writes it: ``'2%'``, not ``'2.00%'``."""
    return percent(value).replace(".00%", "%")


def percent(value: Decimal) -> str:
    """A fraction as a percentage with two decimals: ``Decimal('0.0825')`` is ``'8.25%'``."""
    scaled = EXACT.multiply(value, _HUNDRED).quantize(_CENT, ROUND_HALF_EVEN, EXACT)
    return f"{scaled:f}%"


def quantity(value: Any) -> str:
    """A pint quantity as English writes it: ``'1,000,000 tokens'``, ``'1 person'``."""
    size = to_decimal(value.magnitude)
    return counted(size, unit_name(value))[0]


def ordinal(rank: int) -> str:
    """``1st``, ``2nd``, ``3rd``, ``4th``, ``11th``, ``12th``, ``13th``, ``21st``."""
    suffix = "th" if 10 <= rank % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(rank % 10, "th")
    return f"{rank}{suffix}"


def unit_name(value: Any) -> str:
    """The units of a pint quantity as text (``'person'``)."""
    return str(value.units)


def _ratio(stated: Fraction) -> str:
    denominator = stated.denominator
    for prime in (2, 5):
        while denominator % prime == 0:
            denominator //= prime
    if denominator != 1:
        return f"{stated.numerator}/{stated.denominator}"
    share = EXACT.multiply(DIVISION.divide(stated.numerator, stated.denominator), _HUNDRED)
    return f"{share.normalize(EXACT):f}%"


def _off(deviation: Decimal, than_zh: str) -> tuple[str, str, str]:
    """How the figure compares, in English, Korean and Chinese (which names ``than_zh``)."""
    if deviation == 0:
        return "equals", "같아", f"等于{than_zh}"
    size = percent(deviation.copy_abs())
    if deviation < 0:
        return f"is {size} below", f"{size} 낮아", f"低于{than_zh}{size}"
    return f"is {size} above", f"{size} 높아", f"高于{than_zh}{size}"


def _within(deviation: Decimal, tolerance: Decimal, why: Words) -> Label:
    en, ko, zh = why["explanation_en"], why["explanation_ko"], why["explanation_zh"]
    if deviation.copy_abs() <= tolerance:
        return f"within the tolerance of {en}", f"허용 오차 {ko} 이내입니다", f"在容差{zh}以内"
    return f"outside the tolerance of {en}", f"허용 오차 {ko}를 벗어납니다", f"超出容差{zh}"


def tolerance(
    *,
    relative: Decimal,
    rounding: Decimal,
    allowance: Decimal,
    qualifier: str,
    word: str | None,
    rounded: str,
) -> Words:
    """A tolerance and why: "±8.67% ('약' allows 2% plus half a unit of the last significant
    digit, 6.67%)". ``word`` is the qualifier as the text wrote it, else each language's own."""
    whole = f"±{percent(relative)}"
    digit = _DIGITS_ROUNDED[rounded]
    if not allowance:
        return _words(
            f"{whole} (half a unit {digit[0]})",
            f"{whole}({digit[1]}의 반 단위)",
            f"{whole}（{digit[2]}的半个单位）",
        )
    en, ko, zh = (word or qualifier_word(qualifier, lang) for lang in ("en", "ko", "zh"))
    share, rest = _short_percent(allowance), percent(rounding)
    return _words(
        f"{whole} ('{en}' allows {share} plus half a unit {digit[0]}, {rest})",
        f"{whole}('{ko}'의 {share}에 {digit[1]}의 반 단위 {rest}를 더한 값)",
        f"{whole}（“{zh}”允许{share}，加上{digit[2]}的半个单位{rest}）",
    )


def qualifier_word(qualifier: str, lang: str) -> str:
    """Each language's own word for a qualifier: "about", "약", "约"; "over" is "초과" in Korean."""
    table = QUALIFIER_WORDS[_NEWS_LANGUAGE[lang]]
    if qualifier not in table:
        return qualifier.replace("_", " ")
    before, after = table[qualifier]
    return (before + after).strip()


def pick(words: Words, lang: Lang) -> str:
    """The explanation of ``words`` in ``lang``."""
    return {
        "en": words["explanation_en"],
        "ko": words["explanation_ko"],
        "zh": words["explanation_zh"],
    }[lang]


def counted(value: Decimal, unit: str) -> Label:
    """A count in English, Korean and Chinese: ``('411,000 people', '411,000명', '411,000人')``."""
    if not unit:
        return number(value), number(value), number(value)
    one, many = COUNT_WORDS["en"].get(unit, (unit, unit))
    english = f"{number(value)} {one if value == 1 else many}"
    word, attached = COUNT_WORDS["ko"].get(unit, (unit, "spaced"))
    korean = f"{number(value)}{word if attached == 'attached' else ' ' + word}"
    # Chinese counters (人, 个, 股) follow the number directly, as Chinese news writes them;
    # a Latin word (token) is spaced.
    counter = COUNT_WORDS["zh_Hans"].get(unit, (unit, ""))[0]
    chinese = f"{number(value)}{' ' if counter[:1].isascii() else ''}{counter}"
    return english, korean, chinese


def _josa(word: str, after_consonant: str, after_vowel: str) -> str:
    """The Korean particle that follows ``word``: 은/는, 이/가 by its last sound."""
    last = word.rstrip()[-1:]
    if "가" <= last <= "힣":
        closed = (ord(last) - ord("가")) % 28 != 0
    elif last.isdigit():
        closed = last in _CLOSED_DIGITS
    else:
        closed = False  # Latin letters and symbols end in a vowel when read: USD, KRW, %
    return after_consonant if closed else after_vowel


def _words(english: str, korean: str, chinese: str) -> Words:
    return {"explanation_en": english, "explanation_ko": korean, "explanation_zh": chinese}
