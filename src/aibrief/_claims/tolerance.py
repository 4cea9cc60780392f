"""The tolerance rule of the claim checks: how far a stated figure may be off, and why.

A figure in the news is rounded, and how far it may be off follows from how it is written:

* **Rounding.** A figure is rounded at its last significant digit, so it stands for anything
  within half a unit of that digit (:mod:`aibrief._quantities.precision`): "80억" stands for 75억
  to 85억, at most 5억 / 75억 = 6.67% from the figure.
* **Qualifier.** A figure qualified as approximate ("약 80억원", "about") adds
  :data:`ABOUT_ALLOWANCE` (2%) for the writer's choice of a rate and a day.

A check is consistent when the size of its deviation is at most the sum. A ratio ("5.6%",
"7분의 1") is rounded as written too; its checks build the same :class:`Tolerance` from the
ratio's rounding.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Final, Literal

import attrs

from aibrief._claims import text
from aibrief._core.decimal import EXACT
from aibrief._core.types import Lang
from aibrief._quantities.approx import Approx
from aibrief._quantities.magnitude import magnitude
from aibrief._quantities.precision import rounding_tolerance
from aibrief._reading.lexicon import QUALIFIER_PREFIXES, QUALIFIER_SUFFIXES
from aibrief._reading.mentions import ParsedAmount
from aibrief.errors import InvalidArgumentError

if TYPE_CHECKING:
    from aibrief._quantities.approx import Qualifier

__all__ = [
    "ABOUT_ALLOWANCE",
    "Tolerance",
    "claim_tolerance",
    "tolerance_from",
    "written_word",
]

#: The extra relative tolerance of a figure qualified as approximate ("약 80억원").
ABOUT_ALLOWANCE: Final = Decimal("0.02")


@attrs.frozen(kw_only=True)
class Tolerance:
    """How far a stated figure may be from the figure it is checked against, and why.

    ``rounding`` is the largest relative error of the figure rounded at its last significant
    digit (or, as ``rounded`` says, of a ratio as written, or of a ratio and the two figures
    it relates), ``allowance`` what its qualifier adds, and ``relative`` their sum. ``word``
    is the qualifier as the text wrote it ("약"), when known.

    >>> import aibrief as ab
    >>> tolerance = ab.claim_tolerance(ab.parse_amount("약 80억원"))
    >>> tolerance.relative, tolerance.rounding, tolerance.allowance
    (Decimal('0.08666666666666666666666666666666667'), Decimal('0.06666666666666666666666666666666667'), Decimal('0.02'))
    >>> tolerance.allows(Decimal("-0.0103")), tolerance.allows(Decimal("0.30"))
    (True, False)
    >>> print(tolerance.explain("en"))
    ±8.67% ('약' allows 2% plus half a unit of the last significant digit, 6.67%)
    """

    relative: Decimal
    rounding: Decimal
    allowance: Decimal
    qualifier: Qualifier = "exact"
    word: str | None = None
    rounded: Literal["figure", "ratio", "ratio and figures"] = "figure"

    def allows(self, deviation: Decimal) -> bool:
        """Whether a deviation (``stated / computed - 1``) is within the tolerance.

        >>> import aibrief as ab
        >>> ab.claim_tolerance(ab.Money("200", "KRW")).allows(Decimal("0.3333"))
        True
        """
        return deviation.copy_abs() <= self.relative

    def explain(self, lang: Lang = "en") -> str:
        """The tolerance and why, as the explanations of the checks show it.

        >>> import aibrief as ab
        >>> print(ab.claim_tolerance(ab.Money("200", "KRW")).explain("ko"))
        ±33.33%(마지막 유효 자릿수의 반 단위)
        >>> print(ab.claim_tolerance(ab.parse_amount("约20亿元")).explain("zh"))
        ±35.33%（“约”允许2%，加上末位有效数字的半个单位33.33%）
        """
        if lang not in ("en", "ko", "zh"):
            message = (
                f"lang {lang!r} is not a language of the explanations; pass 'en', 'ko' or 'zh'"
            )
            raise InvalidArgumentError(message, name="lang", value=lang)
        return text.pick(why(self), lang)


def claim_tolerance(figure: object) -> Tolerance:
    """The tolerance a stated figure gets in a claim check: its rounding, plus 2% if qualified.

    ``figure`` is a Decimal, a Money, a pint quantity, an :class:`~aibrief.Approx` of one of
    them, or a :class:`~aibrief.ParsedAmount` (whose qualifier word is then quoted in the
    explanation). "약 80억원" tolerates 6.67% + 2% = 8.67%; an unqualified "79억원" (two
    significant digits) only 0.64%.

    >>> import aibrief as ab
    >>> ab.claim_tolerance(ab.Approx(ab.Money("8000000000", "KRW"), "about")).relative
    Decimal('0.08666666666666666666666666666666667')
    >>> ab.claim_tolerance(ab.Money("7900000000", "KRW")).relative
    Decimal('0.006369426751592356687898089171974522')
    """
    word = None
    if isinstance(figure, ParsedAmount):
        word = written_word(figure)
        figure = figure.to_approx()
    qualifier: Qualifier = figure.qualifier if isinstance(figure, Approx) else "exact"
    number = magnitude(figure.value if isinstance(figure, Approx) else figure)
    rounding = rounding_tolerance(number)
    return tolerance_from(rounding, qualifier=qualifier, word=word)


def why(tolerance: Tolerance) -> text.Words:
    """:meth:`Tolerance.explain` in English, Korean and Chinese, as the explanation builders
    take it."""
    return text.tolerance(
        relative=tolerance.relative,
        rounding=tolerance.rounding,
        allowance=tolerance.allowance,
        qualifier=tolerance.qualifier,
        word=tolerance.word,
        rounded=tolerance.rounded,
    )


def tolerance_from(
    rounding: Decimal,
    *,
    qualifier: Qualifier,
    word: str | None = None,
    rounded: Literal["figure", "ratio", "ratio and figures"] = "figure",
) -> Tolerance:
    """A tolerance from a rounding already worked out (a ratio's), plus the qualifier's allowance."""
    allowance = ABOUT_ALLOWANCE if qualifier != "exact" else Decimal(0)
    return Tolerance(
        relative=EXACT.add(rounding, allowance),
        rounding=rounding,
        allowance=allowance,
        qualifier=qualifier,
        word=word,
        rounded=rounded,
    )


def written_word(parsed: ParsedAmount) -> str | None:
    """The qualifier as the text wrote it ("약", "约合", "about"), if it is one the reader knows."""
    if parsed.qualifier in {"exact", "range"}:
        return None
    words = [w for w, q in QUALIFIER_PREFIXES.items() if q == parsed.qualifier]
    before = [w for w in words if parsed.text.lower().startswith(w)]
    if before:
        return max(before, key=len)
    after = [w for w, q in QUALIFIER_SUFFIXES.items() if q == parsed.qualifier and w in parsed.text]
    return max(after, key=len) if after else None
