"""Where facts come from: sources (articles, reports) and citations of their exact words."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import attrs

from aibrief._dates.partial_date import PartialDate
from aibrief._models.ids import (
    SOURCE_REF,
    check_language,
    check_optional_date,
    check_optional_text,
    check_slug,
    check_text,
)
from aibrief.errors import InvalidFieldError

__all__ = ["Citation", "Source"]


def _check_url(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    # A link a reader can follow: http or https, with a host and no spaces.
    if value is None:
        return
    try:
        parts = urlsplit(value) if type(value) is str else None
    except ValueError:  # e.g. an unclosed IPv6 bracket
        parts = None
    if (
        parts is None
        or parts.scheme not in ("http", "https")
        or not parts.hostname
        or any(character.isspace() for character in str(value))
    ):
        raise InvalidFieldError(
            f"url {value!r} is not a web address; give the whole link, such as "
            "'https://example.com/article', or None"
        )


@attrs.frozen(kw_only=True)
class Source:
    """A published source of facts: an article, a report, an interview.

    >>> import aibrief as ab
    >>> source = ab.Source(
    ...     id="mt-2025-02-01-deepseek", publisher="머니투데이", title="딥시크 ...",
    ...     author="김재현", published=ab.PartialDate(2025, 2, 1), language="ko",
    ...     url="https://example.com/deepseek",
    ... )
    >>> source.published
    PartialDate(2025, 2, 1)
    """

    id: str = attrs.field(validator=check_slug)
    publisher: str = attrs.field(validator=check_text)
    title: str = attrs.field(validator=check_text)
    author: str | None = attrs.field(default=None, validator=check_optional_text)
    published: PartialDate | None = attrs.field(default=None, validator=check_optional_date)
    language: str | None = attrs.field(default=None, validator=check_language)
    url: str | None = attrs.field(default=None, validator=_check_url)


def _phrase(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    # Kept verbatim, spaces included: the claim checker looks for it in the source text.
    if type(value) is not str or not value.strip():
        raise InvalidFieldError(
            f"phrase {value!r} is not text; give the words exactly as the source writes them"
        )


@attrs.frozen(kw_only=True)
class Citation:
    """The words of a source that state a fact, exactly as written.

    >>> import aibrief as ab
    >>> ab.Citation(source="mt-2025-02-01-deepseek", phrase="557만6000달러(약 80억원)")
    Citation(source='mt-2025-02-01-deepseek', phrase='557만6000달러(약 80억원)', note=None)
    """

    source: str = attrs.field(validator=check_slug, metadata=SOURCE_REF)
    phrase: str = attrs.field(validator=_phrase)
    note: str | None = attrs.field(default=None, validator=check_optional_text)
