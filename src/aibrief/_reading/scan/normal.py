"""The text the scanner reads: one-for-one normalised, with the spaces of Chinese dropped.

Full-width forms, tildes, dashes and space variants are replaced one for one
(:data:`aibrief._reading.lexicon.NORMALIZE`), so offsets stay valid. Chinese does not separate
words by spaces, so a space between two Han characters, or between a digit and a Han
character, carries no meaning ("三千 九百 六十五", "7 万5 千4 百", "百 分 之 2.4"): the scanner
reads the text without them, and :meth:`Normalized.span` maps what it read back to the input.
Korean keeps its spaces, which separate words. Web and e-mail addresses are marked
(:attr:`Normalized.links`): their digits and %-escapes are never amounts.

>>> text = Normalized("约 三千 九百元")
>>> text.norm, text.span(0, 6), text.slice(1, 6)
('约三千九百元', (0, 8), '三千 九百元')
"""

from __future__ import annotations

import functools
import re
from typing import Final

from aibrief._reading import lexicon as lex

__all__ = ["Normalized"]

_HAN: Final = "\u3400-\u4dbf\u4e00-\u9fff"
# Spaces with a Han character on one side and a Han character or a digit on the other.
_DROPPED: Final = rf"(?<=[{_HAN}])\s+(?=[{_HAN}0-9])|(?<=[0-9])\s+(?=[{_HAN}])"


# Web addresses (with a scheme or www.) and e-mail addresses: "q=30%25%2020%" is no percent.
_LINKS: Final = (
    r"(?i:[a-z][a-z0-9+.-]*://|www\.)[^\s<>\"'()\[\]{}]+"
    r"|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
)


class Normalized:
    """A text as the scanner reads it, with the map from its positions back to the input."""

    __slots__ = ("links", "norm", "origin", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        tables = _tables()
        norm = text.translate(lex.NORMALIZE) if tables.unnormalized.search(text) else text
        #: For each position of ``norm``, its position in ``text``; None when they are equal.
        self.origin: list[int] | None = None
        if tables.dropped.search(norm) is not None:
            norm, self.origin = _drop_spaces(norm, tables.dropped)
        self.norm = norm
        #: The spans of ``norm`` that are web or e-mail addresses, where nothing is read.
        self.links: list[tuple[int, int]] = []
        if "://" in norm or "www." in norm or "@" in norm:
            self.links = [found.span() for found in tables.links.finditer(norm)]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the input that ``norm[start:end]`` was read from."""
        origin = self.origin
        if origin is None or start >= end:
            return start, end
        return origin[start], origin[end - 1] + 1

    def slice(self, start: int, end: int) -> str:
        """The words of the input that ``norm[start:end]`` was read from."""
        first, last = self.span(start, end)
        return self.text[first:last]


def _drop_spaces(norm: str, dropped: re.Pattern[str]) -> tuple[str, list[int]]:
    kept: list[str] = []
    origin: list[int] = []
    position = 0
    for space in dropped.finditer(norm):
        kept.append(norm[position : space.start()])
        origin.extend(range(position, space.start()))
        position = space.end()
    kept.append(norm[position:])
    origin.extend(range(position, len(norm)))
    return "".join(kept), origin


class _Tables:
    def __init__(self) -> None:
        normalized = "".join(re.escape(chr(code)) for code in lex.NORMALIZE)
        self.unnormalized = re.compile(f"[{normalized}]")
        self.dropped = re.compile(_DROPPED)
        self.links = re.compile(_LINKS)


@functools.cache
def _tables() -> _Tables:
    return _Tables()
