"""Plain-text tables that fit a terminal width, measuring Korean and Chinese text correctly.

A terminal shows a Hangul syllable or a Han character in two columns and a Latin letter in one,
so ``len()`` is the wrong measure: :func:`display_width` uses
:func:`unicodedata.east_asian_width` instead. :func:`render` shrinks the widest columns until
the table fits, then wraps each cell (at spaces where it can, between characters where it must,
as Chinese has no spaces) or truncates it with an ellipsis.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Final, Literal

import attrs

__all__ = ["Column", "display_width", "render", "truncate", "wrap"]

#: What a column does with text wider than the column.
Overflow = Literal["wrap", "truncate"]

ELLIPSIS: Final = "…"
_GAP: Final = "  "
_RULE: Final = "-"
# Punctuation that closes a phrase, so a line may not start with it.
_NO_LINE_START: Final = frozenset("，。、；：？！）」』》〉%,.;:)")


@attrs.frozen
class Column:
    """A column: its header, narrowest and widest width, alignment and what long text does."""

    header: str
    min_width: int = 6
    max_width: int | None = None
    align: Literal["left", "right"] = "left"
    overflow: Overflow = "wrap"


def display_width(text: str) -> int:
    """The number of terminal columns ``text`` takes: wide and full-width characters count two.

    >>> from aibrief._display.table import display_width
    >>> display_width("DeepSeek"), display_width("딥시크"), display_width("深度求索 R1")
    (8, 6, 11)
    """
    return sum(_char_width(char) for char in text)


def truncate(text: str, width: int) -> str:
    """``text`` cut to at most ``width`` columns, ending with an ellipsis when cut.

    >>> from aibrief._display.table import truncate
    >>> truncate("557만6000달러(약 80억원)", 12)
    '557만6000달…'
    """
    if display_width(text) <= width:
        return text
    kept, used = [], display_width(ELLIPSIS)
    for char in text:
        used += _char_width(char)
        if used > width:
            break
        kept.append(char)
    return "".join(kept).rstrip() + ELLIPSIS


def wrap(text: str, width: int) -> list[str]:
    """``text`` as lines of at most ``width`` columns, broken at spaces where possible.

    A word wider than the line is broken between characters, which is also how Chinese text,
    written without spaces, wraps.

    >>> from aibrief._display.table import wrap
    >>> wrap("DeepSeek founded in Hangzhou", 12)
    ['DeepSeek', 'founded in', 'Hangzhou']
    >>> wrap("幻方量化管理资产逾100亿元", 10)
    ['幻方量化管', '理资产逾', '100亿元']
    """
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        lines += _wrap_paragraph(paragraph, max(width, 2))
    return lines


def render(
    columns: Sequence[Column],
    rows: Sequence[Sequence[str]],
    *,
    width: int = 80,
    notes: Sequence[str | None] | None = None,
    gap_between_rows: bool = False,
) -> list[str]:
    """The lines of a table with a header and a rule, at most ``width`` columns each.

    ``notes`` gives each row an optional text shown below it across the whole table, indented
    by two columns and wrapped.

    >>> from aibrief._display.table import Column, render
    >>> for line in render([Column("Date"), Column("Summary")],
    ...                    [["2023-07", "DeepSeek founded in Hangzhou"]], width=24):
    ...     print(line)
    Date     Summary
    -------  ---------------
    2023-07  DeepSeek
             founded in
             Hangzhou
    """
    widths = _fit(columns, rows, width)
    headers = [wrap(column.header, size) for column, size in zip(columns, widths, strict=True)]
    lines = [_line(columns, widths, headers, depth) for depth in range(max(map(len, headers)))]
    lines.append(_GAP.join(_RULE * size for size in widths))
    for index, row in enumerate(rows):
        if gap_between_rows and index:
            lines.append("")
        cells = [
            wrap(cell, size) if column.overflow == "wrap" else [truncate(cell, size)]
            for column, cell, size in zip(columns, row, widths, strict=True)
        ]
        height = max(len(cell) for cell in cells)
        for depth in range(height):
            lines.append(_line(columns, widths, cells, depth))
        note = notes[index] if notes is not None else None
        if note:
            lines += ["  " + part for part in wrap(note, width - 2)]
    return lines


def _fit(columns: Sequence[Column], rows: Sequence[Sequence[str]], width: int) -> list[int]:
    # Start from the widest cell of each column; take one column at a time from the widest
    # column that can still shrink, so narrow columns (dates, verdicts) keep their text whole.
    sizes = [
        min(
            max([display_width(column.header), *(_longest_line(row[i]) for row in rows)]),
            column.max_width or width,
        )
        for i, column in enumerate(columns)
    ]
    budget = width - len(_GAP) * (len(columns) - 1)
    floors = [min(column.min_width, size) for column, size in zip(columns, sizes, strict=True)]
    while sum(sizes) > budget:
        shrinkable = [i for i, size in enumerate(sizes) if size > floors[i]]
        if not shrinkable:
            break
        widest = max(shrinkable, key=lambda i: sizes[i])
        sizes[widest] -= 1
    return sizes


def _line(
    columns: Sequence[Column], widths: Sequence[int], cells: Sequence[list[str]], depth: int = 0
) -> str:
    parts = []
    for column, size, cell in zip(columns, widths, cells, strict=True):
        text = cell[depth] if depth < len(cell) else ""
        pad = " " * max(0, size - display_width(text))
        parts.append(pad + text if column.align == "right" else text + pad)
    return _GAP.join(parts).rstrip()


def _longest_line(text: str) -> int:
    return max((display_width(line) for line in text.splitlines()), default=0)


def _wrap_paragraph(text: str, width: int) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if display_width(candidate) <= width:
            current = candidate
            continue
        if current:
            # Chinese needs no space to break: fill the line, then carry on.
            head, word = _split_at(word, width - display_width(current) - 1, cjk_only=True)
            lines.append(f"{current} {head}" if head else current)
        current = word
        while display_width(current) > width:
            head, current = _split_at(current, width, cjk_only=True)
            if not head:
                head, current = _split_at(current, width)
            lines.append(head)
    lines.append(current)
    return lines


def _split_at(word: str, width: int, *, cjk_only: bool = False) -> tuple[str, str]:
    """The longest head of ``word`` within ``width`` and the rest; with ``cjk_only``, cut only
    next to a Han character and never before closing punctuation ("8.67%" stays whole)."""
    used, fits = 0, 0
    for index, char in enumerate(word):
        used += _char_width(char)
        if used > width:
            break
        fits = index + 1
    if not cjk_only:
        return word[:fits], word[fits:]
    for cut in range(min(fits, len(word) - 1), 0, -1):
        before, after = word[cut - 1], word[cut]
        if (_is_han(before) or _is_han(after)) and after not in _NO_LINE_START:
            return word[:cut], word[cut:]
    return "", word


def _is_han(char: str) -> bool:
    """Han characters and CJK punctuation, between which a line may break (not Hangul)."""
    return (
        "\u3000" <= char <= "\u303f" or "\u3400" <= char <= "\u9fff" or "\uff00" <= char <= "\uffef"
    )


def _char_width(char: str) -> int:
    if unicodedata.combining(char):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
