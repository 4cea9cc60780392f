"""Mentions as a table: :func:`aibrief.mentions_frame`, one row per amount found in texts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from aibrief._core import extras
from aibrief._reading.lexicon import SIGN_PREFIXES, SIGN_SUFFIXES
from aibrief._reading.mentions import ParsedAmount, VagueMention
from aibrief._reading.parsing import find_amounts
from aibrief.errors import InvalidArgumentError

if TYPE_CHECKING:
    from collections.abc import Iterable

    import pandas

__all__ = ["mentions_frame"]

#: The columns of the frame, in order.
COLUMNS = (
    "text_id", "start", "end", "phrase", "value", "unit", "currency", "qualifier", "low",
    "high", "direction", "equivalent", "equivalent_value", "equivalent_currency", "lang",
)  # fmt: skip
_TEXT_COLUMNS = (
    "phrase", "unit", "currency", "qualifier", "direction", "equivalent", "equivalent_currency",
    "lang",
)  # fmt: skip
_AMOUNT_COLUMNS = ("value", "low", "high", "equivalent_value")
# Change words longest first, so "暴跌" is read before "跌".
_SIGNS = sorted({**SIGN_PREFIXES, **SIGN_SUFFIXES}.items(), key=lambda item: -len(item[0]))


def mentions_frame(
    texts: Iterable[str] | pandas.Series, *, amounts: Literal["decimal", "float"] = "decimal"
) -> pandas.DataFrame:
    """Every amount :func:`find_amounts` finds in ``texts``, one row per mention (pandas).

    ``texts`` is a list of texts (ids are positions) or a pandas Series (ids are its index).
    Each row gives the text's id, the span, the phrase, the value with its unit or currency,
    qualifier and bounds, the direction a change word states (``"up"``, ``"down"``) and an
    equivalent stated in parentheses. A vague mention ("수십억 원") has no value and the
    qualifier ``"vague"``. Amounts are Decimals, or ``Float64`` with ``amounts="float"``;
    text columns use pandas' ``string`` dtype and ``<NA>`` marks what a mention lacks.

    >>> import aibrief as ab
    >>> frame = ab.mentions_frame(["엔비디아 주가가 17% 폭락", "557만6000달러(약 80억원)을 썼다"])
    >>> frame[["text_id", "phrase", "value", "unit", "direction"]]
       text_id                phrase    value     unit direction
    0        0               17% 폭락      -17  percent      down
    1        1  557만6000달러(약 80억원)  5576000     <NA>      <NA>
    >>> frame.loc[1, ["currency", "equivalent_value", "equivalent_currency"]].tolist()
    ['USD', Decimal('8000000000'), 'KRW']
    """
    pd = extras.load("pandas", needed_by="mentions_frame")
    if amounts not in ("decimal", "float"):
        message = f"amounts={amounts!r} is not an option; pass 'decimal' or 'float'"
        raise InvalidArgumentError(message, name="amounts", value=amounts)
    pairs = texts.items() if isinstance(texts, pd.Series) else enumerate(texts)
    rows = [_row(text_id, found) for text_id, text in pairs for found in find_amounts(text)]
    frame = pd.DataFrame.from_records(rows, columns=list(COLUMNS))
    frame = frame.astype({"start": "Int64", "end": "Int64"})
    frame = frame.astype(dict.fromkeys(_TEXT_COLUMNS, "string"))
    for column in _AMOUNT_COLUMNS:
        values = frame[column].astype(object)
        # One marker for a missing value in every column: pandas' NA.
        values = values.where(values.notna(), pd.NA)
        frame[column] = values.astype("Float64") if amounts == "float" else values
    return frame


def _row(text_id: Any, found: ParsedAmount | VagueMention) -> dict[str, Any]:
    start, end = found.span
    row = {"text_id": text_id, "start": start, "end": end, "phrase": found.text}
    row |= {"unit": found.unit, "currency": found.currency, "lang": found.lang}
    if isinstance(found, VagueMention):
        return row | {"qualifier": "vague"}
    row |= {"value": found.value, "qualifier": found.qualifier, "low": found.low}
    row |= {"high": found.high, "direction": _direction(found.text)}
    if (equivalent := found.equivalent) is not None:
        row |= {"equivalent": equivalent.text, "equivalent_value": equivalent.value}
        row |= {"equivalent_currency": equivalent.currency}
    return row


def _direction(phrase: str) -> str | None:
    """ "up" or "down" when the phrase holds a change word of the reader's lexicon."""
    lowered = phrase.lower()
    for word, sign in _SIGNS:
        if word in lowered:
            return "up" if sign > 0 else "down"
    return None
