"""Warnings aibrief gives: each derives from :class:`AibriefWarning`, so one filter silences all.

::

    AibriefWarning (UserWarning)
    ├── RateCacheWarning                     the downloaded rates were skipped; the shipped ones are used
    └── MissingFontWarning                   no installed font draws a chart's Korean or Chinese

>>> import warnings, aibrief as ab
>>> warnings.simplefilter("ignore", ab.AibriefWarning)
"""

from __future__ import annotations

__all__ = ["AibriefWarning", "MissingFontWarning", "RateCacheWarning"]


class AibriefWarning(UserWarning):
    """The base of every warning aibrief gives.

    >>> import aibrief as ab
    >>> issubclass(ab.MissingFontWarning, ab.AibriefWarning), issubclass(ab.AibriefWarning, UserWarning)
    (True, True)
    """


class MissingFontWarning(AibriefWarning):
    """No installed font has the glyphs a chart's labels need; the chart is drawn without them.

    ``lang`` is the language asked for, ``text`` a label that needs the glyphs and ``package``
    the font package to install (Debian's and Ubuntu's name; the message names others).
    """

    def __init__(self, message: str, *, lang: str, text: str, package: str) -> None:
        super().__init__(message)
        self.lang = lang
        self.text = text
        self.package = package


class RateCacheWarning(AibriefWarning):
    """The downloaded rates in the cache were skipped, and why; the shipped rates are used.

    :func:`aibrief.rates.ecb` warns so when the cached table cannot be read or ends before
    the one shipped with aibrief.

    >>> import aibrief as ab
    >>> issubclass(ab.RateCacheWarning, ab.AibriefWarning)
    True
    """
