"""Writing amounts as people write them: babel's standard and compact formats, and news copy.

Three styles, none of which loses a digit:

- ``"standard"``: babel's currency or decimal format for the locale. Amounts are padded to the
  currency's minor unit ("$5.00") and digits beyond it are kept, never rounded away ("$1.234").
- ``"compact"``: babel's compact format ("₩1.2조", "$5.576M") with just enough fraction digits
  for the text to be exact; babel's default of none would print "1조" for 1.2조.
- ``"news"``: the way Korean, Chinese and English newspapers write numbers ("557만6000달러",
  "557.6万美元", "$5.576 million"), for the locales ``ko``, ``zh`` (Simplified or Traditional
  script) and ``en`` only. It reads its words from :mod:`aibrief._writing.words` and never calls
  babel on its hot path.

Digits are dropped only when the caller asks, with ``significant=``; a figure that rounding
changed is then marked as approximate in the locale's words ("약 80억원").
"""

from __future__ import annotations

import decimal
import functools
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from aibrief._core.currency import known_currencies, plain_word_name
from aibrief._core.decimal import EXACT, round_decimal, to_decimal
from aibrief._core.types import is_quantity
from aibrief._money.money import Money
from aibrief._quantities.approx import Approx
from aibrief._writing.words import (
    COUNT_SCALES,
    COUNT_WORDS,
    CURRENCY_WORDS,
    EN_CURRENCY_SYMBOLS,
    EN_SCALES,
    KO_GROUPS,
    KO_OVER_MARK,
    PER_SCALE_WORDS,
    PER_UNIT_WORDS,
    PER_WORDS,
    QUALIFIER_WORDS,
    RANGE_SEPARATORS,
    ZH_UNITS,
    NewsLanguage,
)
from aibrief.errors import AmountTypeError, FormatError, InvalidArgumentError

if TYPE_CHECKING:
    from babel import Locale

__all__ = ["SPACINGS", "STYLES", "Spacing", "Style", "format_amount"]

#: How :func:`format_amount` writes: babel's ``"standard"`` or ``"compact"`` format, or ``"news"``.
Style = Literal["standard", "compact", "news"]

#: Spacing of Korean news text: ``"compact"`` as newspapers print it ("80억원", "557만6000달러");
#: ``"standard"`` as the National Institute of Korean Language's spacing rules ask ("80억 원",
#: "557만 6000달러"). Other languages have one spacing and ignore it.
Spacing = Literal["compact", "standard"]

#: Every :data:`Style`.
STYLES: frozenset[str] = frozenset({"standard", "compact", "news"})
#: Every :data:`Spacing`.
SPACINGS: frozenset[str] = frozenset({"compact", "standard"})

_PERCENT_UNITS = frozenset({"percent", "percentage_point", "basis_point"})
# A multiple: "2배", "2倍", "2x". English glues "x" to digits written in full, since "1.5Mx"
# or "1.5 millionx" would not read back as 1,500,000 times.
_TIMES = "times"
# English unit words glued to the number: "5.6%", "10x".
_EN_GLUED = frozenset({"percent", _TIMES})


def format_amount(
    value: object,
    *,
    locale: str | Locale,
    style: Style = "standard",
    spacing: Spacing = "compact",
    significant: int | None = None,
    qualify: bool = True,
) -> str:
    """Write an amount for a reader of ``locale``, in the given style, without losing a digit.

    ``value`` is a :class:`~aibrief.Money`, a :class:`~decimal.Decimal` or int, a pint quantity
    (percent, percentage points, counts such as persons or GPUs, multiples in ``times``, prices
    such as CNY per token) or an :class:`~aibrief.Approx` of any of those, whose qualifier is
    written in words.
    ``locale`` is a babel locale or identifier ("ko", "zh_Hans_CN", "en-US"); it is required.

    ``significant=N`` rounds the figure to N significant digits first, as a newspaper does
    (half-even; the bound of "over" or "up to" is rounded the way that keeps it true, and a
    range outwards). When that changes an exact figure, it is written as approximate in the
    locale's words ("약", "约", "about"); ``qualify=False`` leaves the mark out.

    Raises :class:`~aibrief.FormatError` for what a style cannot write (news style in a locale
    other than Korean, Chinese or English; a unit or qualifier without words in that language).

    >>> import aibrief as ab
    >>> ab.format_amount(ab.Money("5576000", "USD"), locale="ko", style="news")
    '557만6000달러'
    >>> ab.format_amount(ab.Money("5576000", "USD"), locale="zh", style="news")
    '557.6万美元'
    >>> ab.format_amount(ab.Money("5576000", "USD"), locale="en", style="news")
    '$5.576 million'
    >>> ab.format_amount(ab.Approx(ab.Money("8000000000", "KRW"), "about"), locale="ko", style="news")
    '약 80억원'
    >>> won = ab.Money("7985223855.650522", "KRW")
    >>> [ab.format_amount(won, locale=loc, style="news", significant=2) for loc in ("ko", "zh", "en")]
    ['약 80억원', '约80亿韩元', 'about ₩8 billion']
    >>> ab.format_amount(won, locale="ko", style="news", significant=2, qualify=False)
    '80억원'
    >>> ab.format_amount(ab.Money("1200000000000", "KRW"), locale="ko", style="compact")
    '₩1.2조'
    >>> ab.format_amount(ab.Money("1.234", "USD"), locale="en_US")
    '$1.234'
    >>> [ab.format_amount(ab.Q_(2, "times"), locale=loc, style="news") for loc in ("ko", "en")]
    ['2배', '2x']
    """
    babel_locale, language = _resolve_locale(locale)
    qualifier, ends = _unpack(value)
    if significant is not None:
        marked, ends = _rounded(qualifier, ends, significant, qualify)
        if marked != qualifier and language is None and style != "news":
            raise _no_mark(value, str(babel_locale), style, significant)
        qualifier = marked
    if style == "news":
        if language is None:
            raise FormatError.for_news_locale(value, str(babel_locale))
        if spacing not in SPACINGS:
            raise _bad_option("spacing", spacing, SPACINGS)
        return _write_news(qualifier, ends, language, spacing == "standard")
    if style not in STYLES:
        raise _bad_option("style", style, STYLES)
    texts = [_write_babel(end, babel_locale, language, style, value) for end in ends]
    return _qualified_babel(qualifier, texts, language, value, str(babel_locale), style)


class _Plain(NamedTuple):
    """One exact figure taken apart: amount, and currency or unit; ``per`` for prices."""

    amount: Decimal
    currency: str | None = None
    unit: str | None = None
    per: str | None = None


# --- Taking values apart ------------------------------------------------------------------------


def _unpack(value: object) -> tuple[str, tuple[_Plain, ...]]:
    """The qualifier and the figures to write: one, or the two ends of a range."""
    if type(value) is Money:
        return "exact", (_Plain(value.amount, value.currency),)
    if isinstance(value, Approx):
        if value.qualifier == "range":
            return "range", (_plain(value.low), _plain(value.high))
        return value.qualifier, (_plain(value.value),)
    return "exact", (_plain(value),)


def _rounded(
    qualifier: str, ends: tuple[_Plain, ...], significant: int, qualify: bool
) -> tuple[str, tuple[_Plain, ...]]:
    """The figures rounded to ``significant`` digits, and the qualifier that now fits them.

    Half-even, except where the direction keeps the statement true: the bound of "over" and
    "at least" is rounded down, that of "under" and "up to" up, a range outwards.
    """
    modes = _BOUND_ROUNDING.get(qualifier, (decimal.ROUND_HALF_EVEN,))
    rounded = tuple(
        end._replace(amount=round_decimal(end.amount, mode, significant=significant))
        for end, mode in zip(ends, modes * len(ends) if len(modes) == 1 else modes, strict=True)
    )
    if qualifier == "exact" and qualify and rounded[0].amount != ends[0].amount:
        return "about", rounded
    return qualifier, rounded


_BOUND_ROUNDING: dict[str, tuple[str, ...]] = {
    "over": (decimal.ROUND_FLOOR,),
    "at_least": (decimal.ROUND_FLOOR,),
    "under": (decimal.ROUND_CEILING,),
    "up_to": (decimal.ROUND_CEILING,),
    "range": (decimal.ROUND_FLOOR, decimal.ROUND_CEILING),
}


def _plain(value: object) -> _Plain:
    if isinstance(value, Money):
        return _Plain(value.amount, value.currency)
    if is_quantity(value):
        return _plain_quantity(value)
    if isinstance(value, Decimal | int) and not isinstance(value, bool):
        return _Plain(to_decimal(value))
    expected = "a Money, Decimal, int, pint quantity or Approx"
    message = f"cannot format {value!r}, a {type(value).__name__}; expected {expected}"
    if isinstance(value, float | str):
        message += "; pass a Decimal built from a string, e.g. Decimal('5.6')"
    raise AmountTypeError(message, value=value)


def _plain_quantity(quantity: Any) -> _Plain:
    magnitude = to_decimal(quantity.magnitude, name="magnitude")
    units = {name: int(power) for name, power in quantity.unit_items()}
    currencies = [name for name in units if name in known_currencies()]
    counts = [name for name in units if name in COUNT_WORDS["en"]]
    if units == dict.fromkeys(currencies, 1) and len(units) == 1:
        return _Plain(magnitude, currencies[0])
    if units == dict.fromkeys(counts, 1) and len(units) == 1:
        return _Plain(magnitude, unit=counts[0])
    if len(currencies) == len(counts) == 1 and counts[0] in _COUNTABLE:
        currency, count = currencies[0], counts[0]
        if units == {currency: 1, count: -1}:
            scale = COUNT_SCALES.get(count, 1)
            return _Plain(EXACT.multiply(magnitude, Decimal(scale)), currency, per=count)
    raise FormatError.for_unit(quantity)


_COUNTABLE = frozenset(COUNT_WORDS["en"]) - _PERCENT_UNITS - {_TIMES}
# Units after which Korean writes "over" as 초과, not 여: "17% 초과", "2배 초과" ("2여 배" is
# not how news writes a multiple).
_OVER_AS_WORD = _PERCENT_UNITS | {_TIMES}


# --- News style ---------------------------------------------------------------------------------


def _write_news(
    qualifier: str, ends: tuple[_Plain, ...], language: NewsLanguage, spaced: bool
) -> str:
    if qualifier == "range":
        low, high = (_news_parts(end, language, spaced) for end in ends)
        separator = RANGE_SEPARATORS[language]
        # "10억~20억달러" shares the unit; "1~2만명" would read as 1만~2만, so a bare low end
        # is written in full: "1달러~1만달러".
        bare = low[2].replace(".", "").isdigit()
        if language != "en" and low[3] == high[3] and ends[0].per is None and not bare:
            return low[0] + low[1] + low[2] + separator + "".join(high)
        return "".join(low) + separator + "".join(high)
    end = ends[0]
    sign, lead, number, tail = _news_parts(end, language, spaced)
    if qualifier == "exact":
        text = sign + lead + number + tail
    elif language == "ko" and qualifier == "over" and end.unit not in _OVER_AS_WORD:
        # 여 sits between the number and a unit word, which it pushes apart: "41만1000여 명".
        text = sign + lead + number + KO_OVER_MARK + (" " + tail.lstrip() if tail else "")
    else:
        before, after = QUALIFIER_WORDS[language][qualifier]
        text = before + sign + lead + number + tail + after
    if end.per is None:
        return text
    return _per_text(text, end.per, language)


def _news_parts(end: _Plain, language: NewsLanguage, spaced: bool) -> tuple[str, str, str, str]:
    """(sign, lead, number, tail): "-" "$" "5.576 million" "", or "" "" "80억" "원"."""
    amount = end.amount
    sign = "-" if amount < 0 else ""
    size = amount.copy_abs()
    if language == "en" and end.unit == _TIMES:
        number = f"{_normal(size):,f}"
    else:
        number = _NUMBER_WRITERS[language](size, spaced)
    if end.currency is not None:
        lead, tail = _news_currency(end.currency, language, spaced, size)
        return sign, lead, number, tail
    if end.unit is not None:
        return sign, "", number, _news_unit(end.unit, language, spaced, size)
    return sign, "", number, ""


def _news_currency(
    code: str, language: NewsLanguage, spaced: bool, size: Decimal
) -> tuple[str, str]:
    if language == "en":
        symbol = EN_CURRENCY_SYMBOLS.get(code)
        if symbol is not None:
            return symbol, ""
        name = CURRENCY_WORDS["en"].get(code) or _babel_name(code, "en", size == 1)
        return "", " " + name
    word = CURRENCY_WORDS[language].get(code)
    if word is None:
        return "", " " + _babel_name(code, language, False)
    return "", (" " + word if spaced and language == "ko" else word)


def _news_unit(unit: str, language: NewsLanguage, spaced: bool, size: Decimal) -> str:
    word, form = COUNT_WORDS[language][unit]
    if language == "en":
        if unit in _EN_GLUED:
            return word
        return " " + (word if size == 1 else form)
    if language == "ko" and (form == "spaced" or (spaced and unit not in _PERCENT_UNITS)):
        return " " + word
    return word


def _per_text(text: str, per: str, language: NewsLanguage) -> str:
    scale = COUNT_SCALES.get(per, 1)
    before, after = PER_WORDS[language]
    singular, plural = COUNT_WORDS[language][per]
    unit = singular if scale == 1 or language != "en" else plural
    unit = PER_UNIT_WORDS.get(language, {}).get(per, unit)
    words = PER_SCALE_WORDS[language].get(scale, "")
    return before.format(n=words, unit=unit) + text + after.format(n=words, unit=unit)


def _ko_number(size: Decimal, spaced: bool) -> str:
    """557만6000: groups of 10^4 down to the lowest non-zero one, the rest as its decimals."""
    whole = int(size)
    if whole < 10_000:
        return _digits(size)
    text = str(whole)
    end = len(text)
    # Units, 만, 억, 조, then everything above as 경 (which may take more than four digits).
    stops = [end - 4 * k for k in range(4)]
    groups = [int(text[max(0, stop - 4) : stop]) if stop > 0 else 0 for stop in stops]
    groups.append(int(text[:-16] or 0))
    lowest = next(k for k, group in enumerate(groups) if group)
    if size == whole:
        last = str(groups[lowest])
    else:
        below = EXACT.subtract(size, Decimal(whole - whole % 10 ** (4 * lowest)))
        last = _digits(EXACT.add(Decimal(groups[lowest]), below.scaleb(-4 * lowest, EXACT)))
    parts = [f"{groups[k]}{KO_GROUPS[k]}" for k in range(4, lowest, -1) if groups[k]]
    parts.append(last + KO_GROUPS[lowest])
    return (" " if spaced else "").join(parts)


def _zh_number(units: tuple[tuple[int, str], ...]) -> Any:
    def write(size: Decimal, spaced: bool) -> str:
        for power, word in units:
            if size >= _POWERS[power]:
                return _digits(size.scaleb(-power, EXACT)) + word
        return _digits(size)

    return write


def _en_number(size: Decimal, spaced: bool) -> str:
    for power, word in EN_SCALES:
        if size >= _POWERS[power]:
            return f"{_normal(size.scaleb(-power, EXACT)):,f} {word}"
    return f"{_normal(size):,f}"


_POWERS = {power: Decimal(10) ** power for power in (4, 6, 8, 9, 12)}
_NUMBER_WRITERS: dict[NewsLanguage, Any] = {
    "ko": _ko_number,
    "zh_Hans": _zh_number(ZH_UNITS["zh_Hans"]),
    "zh_Hant": _zh_number(ZH_UNITS["zh_Hant"]),
    "en": _en_number,
}


# --- Standard and compact styles (babel) --------------------------------------------------------


def _write_babel(
    end: _Plain, locale: Locale, language: NewsLanguage | None, style: str, value: object
) -> str:
    import babel.numbers as numbers

    compact = style == "compact"
    with decimal.localcontext(EXACT):  # babel computes in the ambient context
        if end.currency is not None:
            if compact:
                digits = _compact_digits(end.amount, locale, "currency")
                text = numbers.format_compact_currency(
                    end.amount, end.currency, locale=locale, fraction_digits=digits
                )
            else:
                text = numbers.format_currency(
                    end.amount, end.currency, locale=locale, decimal_quantization=False
                )
            text = _own_code(str(text), end.currency, locale)
            if end.per is None:
                return str(text)
            if language is None:
                raise FormatError.for_words(value, str(locale), style, f"per {end.per}")
            return _per_text(str(text), end.per, language)
        if end.unit == "percent":
            ratio = end.amount.scaleb(-2, EXACT)
            return str(numbers.format_percent(ratio, locale=locale, decimal_quantization=False))
        if compact and not (language == "en" and end.unit == _TIMES):
            digits = _compact_digits(end.amount, locale, "decimal")
            number = numbers.format_compact_decimal(
                end.amount, locale=locale, fraction_digits=digits
            )
        else:
            number = numbers.format_decimal(end.amount, locale=locale, decimal_quantization=False)
    if end.unit is None:
        return str(number)
    if language is None:
        raise FormatError.for_words(value, str(locale), style, end.unit)
    return str(number) + _news_unit(end.unit, language, False, end.amount.copy_abs())


def _own_code(text: str, currency: str, locale: Locale) -> str:
    """``text`` with the currency's own code where CLDR's symbol for it is another currency's
    code: Simplified Chinese writes the old shekel (ILR, 1980-1985) "ILS", which every reader
    takes for today's shekel."""
    import babel.numbers as numbers

    symbol = numbers.get_currency_symbol(currency, locale)
    if symbol == currency or symbol not in known_currencies():
        return text
    return text.replace(symbol, currency)


def _qualified_babel(
    qualifier: str,
    texts: list[str],
    language: NewsLanguage | None,
    value: object,
    locale: str,
    style: str,
) -> str:
    if qualifier == "exact":
        return texts[0]
    if language is None:
        raise FormatError.for_words(value, locale, style, f"the qualifier {qualifier!r}")
    if qualifier == "range":
        return RANGE_SEPARATORS[language].join(texts)
    before, after = QUALIFIER_WORDS[language][qualifier]
    return before + texts[0] + after


def _compact_digits(amount: Decimal, locale: Locale, kind: str) -> int:
    """The fewest fraction digits for which babel's compact text of ``amount`` is exact.

    This follows babel's choice of pattern (CLDR's compact number algorithm): the largest
    magnitude not above the amount, divided by it less the pattern's extra zeros.
    """
    size = amount.copy_abs()
    for magnitude, shift in _compact_shifts(str(locale), kind):
        if size >= magnitude:
            return _fraction_digits(size.scaleb(-shift, EXACT))
    return _fraction_digits(size)


@functools.lru_cache(maxsize=64)
def _compact_shifts(locale: str, kind: str) -> tuple[tuple[int, int], ...]:
    """(magnitude, power of ten babel divides by) for each compact pattern, largest first."""
    from babel import Locale
    from babel.numbers import parse_pattern

    parsed = Locale.parse(locale)
    formats = (
        parsed.compact_currency_formats if kind == "currency" else parsed.compact_decimal_formats
    )
    shifts = []
    for key, pattern in formats["short"]["other"].items():
        text = parse_pattern(pattern).pattern
        # babel does not divide for a bare "0" pattern, else by the magnitude less extra zeros.
        shift = 0 if text == "0" else len(key) - text.count("0")
        shifts.append((int(key), shift))
    return tuple(sorted(shifts, reverse=True))


# --- Locales and small helpers ------------------------------------------------------------------


def _resolve_locale(locale: object) -> tuple[Locale, NewsLanguage | None]:
    try:
        return _resolve_cached(locale)
    except TypeError:  # unhashable, so not a locale
        pass
    message = f"locale {locale!r} is not a locale; pass a babel identifier such as 'ko' or 'en_US'"
    raise InvalidArgumentError(message, name="locale", value=locale)


@functools.lru_cache(maxsize=128)
def _resolve_cached(locale: object) -> tuple[Locale, NewsLanguage | None]:
    from babel import Locale, UnknownLocaleError

    if isinstance(locale, str):
        try:
            parsed = Locale.parse(locale.replace("-", "_"))
        except (ValueError, UnknownLocaleError):
            message = f"locale {locale!r} is not a locale babel knows; pass an identifier such as 'ko', 'zh_Hans_CN' or 'en_US'"
            raise InvalidArgumentError(message, name="locale", value=locale) from None
    elif isinstance(locale, Locale):
        parsed = locale
    else:
        message = f"locale {locale!r} is a {type(locale).__name__}; pass a str such as 'ko' or a babel.Locale (there is no default locale)"
        raise InvalidArgumentError(message, name="locale", value=locale)
    language: NewsLanguage | None = None
    if parsed.language == "ko":
        language = "ko"
    elif parsed.language == "en":
        language = "en"
    elif parsed.language == "zh":
        language = "zh_Hant" if parsed.script == "Hant" else "zh_Hans"
    return parsed, language


@functools.lru_cache(maxsize=256)
def _babel_name(code: str, language: str, singular: bool) -> str:
    """babel's name of a currency, or its code where the name is a plain word ("금" for gold),
    which a reader would not take for money."""
    from babel.numbers import get_currency_name

    name = str(get_currency_name(code, count=1 if singular else 2, locale=language))
    return code if plain_word_name(code, name) else name


def _normal(value: Decimal) -> Decimal:
    """Without trailing fractional zeros (format it with "f" to keep it out of exponent form)."""
    return value.normalize(EXACT)


def _digits(value: Decimal) -> str:
    return f"{_normal(value):f}"


def _fraction_digits(value: Decimal) -> int:
    exponent = value.normalize(EXACT).as_tuple().exponent
    return max(0, -exponent)  # type: ignore[operator]  # finite, so an int


def _no_mark(value: object, locale: str, style: str, significant: int) -> FormatError:
    message = (
        f"cannot mark {value!r} rounded to {significant} significant digits as approximate in "
        f"locale {locale!r}: aibrief has the words in Korean, Chinese and English only; pass "
        "qualify=False to leave the mark out, or a locale such as 'ko', 'zh' or 'en'"
    )
    return FormatError(message, value=value, locale=locale, style=style)


def _bad_option(name: str, value: object, allowed: frozenset[str]) -> InvalidArgumentError:
    expected = ", ".join(repr(option) for option in sorted(allowed))
    return InvalidArgumentError(
        f"{name} {value!r} is not one of {expected}", name=name, value=value
    )
