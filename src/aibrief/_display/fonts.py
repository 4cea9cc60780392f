"""Fonts for a chart's labels: Korean and Chinese need glyphs matplotlib's own font lacks.

:func:`lettering` looks, through matplotlib's font manager, for an installed font that has every
glyph the labels need (Noto Sans CJK, Source Han Sans, NanumGothic, WenQuanYi, ...), preferring
the variant made for the chart's language. The labels then get that font and the default one,
both installed, so matplotlib never logs a "findfont: Font family ... not found" line.

With no such font, one :class:`~aibrief.warnings.MissingFontWarning` names the package to install,
and the chart is lettered in English: a label that still needs a missing glyph (a name the brief
has only in Korean) falls back to an id, so no glyph is drawn as an empty box and matplotlib
has nothing to warn about, glyph by glyph.
"""

from __future__ import annotations

import functools
import warnings
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Final

import attrs

from aibrief.warnings import MissingFontWarning

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["Lettering", "lettering"]

#: Fonts with the glyphs of each language, the variant drawn for it first, as matplotlib names
#: them. Noto Sans CJK and Source Han Sans are one design; the others come with an OS.
PREFERRED: Final[dict[str, tuple[str, ...]]] = {
    "ko": (
        "Noto Sans CJK KR",
        "Noto Sans KR",
        "Source Han Sans K",
        "Source Han Sans KR",
        "NanumGothic",
        "NanumBarunGothic",
        "Malgun Gothic",
        "Apple SD Gothic Neo",
        "AppleGothic",
    ),
    "zh": (
        "Noto Sans CJK SC",
        "Noto Sans SC",
        "Source Han Sans SC",
        "Source Han Sans CN",
        "WenQuanYi Zen Hei",
        "WenQuanYi Micro Hei",
        "Microsoft YaHei",
        "PingFang SC",
        "Hiragino Sans GB",
        "SimHei",
    ),
    "ja": (
        "Noto Sans CJK JP",
        "Noto Sans JP",
        "Source Han Sans",
        "Source Han Sans JP",
        "Hiragino Sans",
        "Yu Gothic",
        "Meiryo",
    ),
}
# Fonts whose glyphs are boxes standing for any character (matplotlib ships "Last Resort").
_PLACEHOLDER_FONTS: Final = ("Last Resort",)
#: The package that installs Noto Sans CJK on Debian and Ubuntu.
PACKAGE: Final = "fonts-noto-cjk"
_ADVICE: Final = (
    "no installed font has the glyphs of {sample!r}, so the chart is lettered in English (ids "
    "where a name has none); install a CJK font and restart Python: {package} on Debian or "
    "Ubuntu (apt install {package}), google-noto-sans-cjk-fonts on Fedora, or Noto Sans CJK "
    "from https://github.com/notofonts/noto-cjk"
)


@attrs.frozen
class Lettering:
    """How a chart's text is written: in which language, and with which installed fonts.

    ``family`` is ``None`` when matplotlib's default font has every glyph; ``default_only``
    when no font has them and the chart keeps to the default font's glyphs.
    """

    lang: str
    family: tuple[str, ...] | None = None
    default_only: bool = False

    def readable(self, text: str, fallback: str) -> str:
        """``text``, or ``fallback`` when it needs a glyph that no installed font has."""
        if self.default_only and not _default_glyphs() >= _glyphs([text]):
            return fallback
        return text

    def apply(self, ax: Axes, *texts: Any) -> None:
        """Give the tick labels of ``ax`` (now and when redrawn) and ``texts`` the font family."""
        if self.family is None:
            return
        family = list(self.family)
        ax.tick_params(labelfontfamily=family)
        for text in texts:
            text.set_fontfamily(family)


def lettering(lang: str, texts_in: Callable[[str], Iterable[str]]) -> Lettering:
    """The lettering of a chart in ``lang``, given the texts it would write in a language.

    With no installed font for the texts in ``lang``, warns once and letters it in English.
    """
    texts = list(texts_in(lang))
    needed = _glyphs(texts) - _default_glyphs()
    if not needed:
        return Lettering(lang)
    font = _font_with(frozenset(needed), _language(lang))
    if font is not None:
        return Lettering(lang, (font, _default_name()))
    sample = next(text for text in texts if _glyphs([text]) & needed)
    warnings.warn(
        MissingFontWarning(
            _ADVICE.format(sample=sample, package=PACKAGE), lang=lang, text=sample, package=PACKAGE
        ),
        stacklevel=3,
    )
    return Lettering("en", default_only=True)


# --- Private helpers ---------------------------------------------------------------------------


def _language(lang: str) -> str:
    return lang.replace("_", "-").partition("-")[0].lower()


def _glyphs(texts: Iterable[str]) -> set[int]:
    """The code points a text draws: spaces and line breaks need no glyph."""
    return {ord(char) for text in texts for char in text if not char.isspace()}


def _font_with(needed: frozenset[int], language: str) -> str | None:
    """The name of an installed font with every glyph in ``needed``, the language's first."""
    for refresh in (False, True):
        if refresh and not _add_fonts_installed_since_the_cache():
            return None
        fonts = _installed()
        preferred = [*PREFERRED.get(language, ()), *(n for ns in PREFERRED.values() for n in ns)]
        ranked = sorted(fonts, key=lambda name: _rank(name, preferred))
        for name in ranked:
            if _charmap(fonts[name]) >= needed:
                return name
    return None


def _rank(name: str, preferred: list[str]) -> tuple[int, str]:
    return (preferred.index(name) if name in preferred else len(preferred), name)


def _installed() -> dict[str, str]:
    """Each installed font family matplotlib knows, with the file of its regular face."""
    from matplotlib import font_manager

    files: dict[str, str] = {}
    for entry in font_manager.fontManager.ttflist:
        if entry.name.startswith(_PLACEHOLDER_FONTS):
            continue
        if entry.style == "normal" and (entry.name not in files or entry.weight == 400):
            files[entry.name] = entry.fname
    return files


@functools.cache
def _add_fonts_installed_since_the_cache() -> bool:
    """Add the system's font files that matplotlib's cached list lacks; whether there were any.

    matplotlib lists the fonts once and caches the list, so a font installed since (apt install
    fonts-noto-cjk) is unknown to it until the cache is rebuilt.
    """
    from matplotlib import font_manager

    known = {entry.fname for entry in font_manager.fontManager.ttflist}
    added = False
    for path in font_manager.findSystemFonts():
        if path not in known:
            try:
                font_manager.fontManager.addfont(path)
            except (OSError, RuntimeError, ValueError):  # a file FreeType cannot read
                continue
            added = True
    return added


@functools.cache
def _charmap(path: str) -> frozenset[int]:
    from matplotlib import font_manager

    return frozenset(font_manager.get_font(path).get_charmap())


def _default_path() -> str:
    # matplotlib caches findfont; asking each time follows a change of rcParams["font.family"].
    from matplotlib import font_manager

    return str(font_manager.findfont(font_manager.FontProperties()))


def _default_name() -> str:
    from matplotlib import font_manager

    return str(font_manager.get_font(_default_path()).family_name)


def _default_glyphs() -> frozenset[int]:
    return _charmap(_default_path())
