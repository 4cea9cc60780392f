"""What to call an entity or a country in a language: the one naming rule of tables and tours.

An entity is named in the wanted language, else in English, Korean or Chinese, else in any
language the brief gives it; a two-letter country code is named from CLDR (through babel);
anything else is shown as its id.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from aibrief.errors import NameNotFoundError

if TYPE_CHECKING:
    from aibrief._brief.brief import Brief

__all__ = ["display_name"]

_FALLBACK: Final = ("en", "ko", "zh-Hans")


def display_name(brief: Brief, ref: str, lang: str = "en") -> str:
    """The name of an entity (or a country code) in ``lang``, else in a fallback; else its id.

    >>> import aibrief as ab
    >>> from aibrief._brief.naming import display_name
    >>> brief = ab.datasets.deepseek()
    >>> display_name(brief, "liang-wenfeng", "ko"), display_name(brief, "nvidia-h800", "ko")
    ('량원펑', 'H800')
    >>> display_name(brief, "KR", "zh"), display_name(brief, "no-such-id", "zh")
    ('韩国', 'no-such-id')
    """
    # find, not get: an unknown id (a country code) would build get's hint of close ids over
    # every id of the brief, for each name shown (quadratic in a large brief).
    names = getattr(brief.find(ref), "names", None)
    if names is not None:
        try:
            return str(names.name_in(lang, fallback=_FALLBACK))
        except NameNotFoundError:
            return str(names.name_in(lang, fallback=(*_FALLBACK, *names.languages)))
    if len(ref) == 2 and ref.isupper():
        # babel's locale data loads on first use only, so it is imported here (laziness).
        from babel import Locale

        return str(Locale.parse(lang.replace("-", "_")).territories.get(ref, ref))
    return ref
