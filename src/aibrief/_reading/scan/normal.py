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

# Runs of spaces with a Han character (U+3400-U+9FFF) on one side and a Han character or a
# digit on the other, found in the text's UTF-8 bytes: a class of Han ranges costs about a
# millisecond to compile, a class of bytes nothing.
_HAN: Final = rb"(?:\xe3[\x90-\xbf]|[\xe4-\xe9][\x80-\xbf])[\x80-\xbf]"
_DROPPED: Final = (
    rb"(?<=" + _HAN + rb")(?P<space>[ \t\n\r\f\v]+)(?=" + _HAN + rb"|[0-9])"
    rb"|(?<=[0-9])(?P<before>[ \t\n\r\f\v]+)(?=" + _HAN + rb")"
)


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
        dropped = [] if norm.isascii() else _dropped(norm, tables.dropped)
        if dropped:
            norm, self.origin = _drop_spaces(norm, dropped)
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


def _dropped(norm: str, dropped: re.Pattern[bytes]) -> list[tuple[int, int]]:
    """The spans (in ``norm``) of the runs of spaces Chinese does not mean."""
    data = norm.encode()
    spans: list[tuple[int, int]] = []
    byte_at = char_at = 0
    for found in dropped.finditer(data):
        start, end = found.span()
        char_at += len(data[byte_at:start].decode())  # spaces are one byte, characters not
        spans.append((char_at, char_at + end - start))
        byte_at, char_at = end, char_at + end - start
    return spans


def _drop_spaces(norm: str, dropped: list[tuple[int, int]]) -> tuple[str, list[int]]:
    kept: list[str] = []
    origin: list[int] = []
    position = 0
    for start, end in dropped:
        kept.append(norm[position:start])
        origin.extend(range(position, start))
        position = end
    kept.append(norm[position:])
    origin.extend(range(position, len(norm)))
    return "".join(kept), origin


class _Tables:
    def __init__(self) -> None:
        normalized = "".join(re.escape(chr(code)) for code in lex.NORMALIZE)
        self.unnormalized = re.compile(f"[{normalized}]")
        self.dropped = re.compile(_DROPPED)

    @functools.cached_property
    def links(self) -> re.Pattern[str]:
        return re.compile(_LINKS)


@functools.cache
def _tables() -> _Tables:
    return _Tables()
