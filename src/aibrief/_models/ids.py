"""Ids, language tags and country codes of the models, and the references between records.

A field that holds the id of another record carries ``metadata={REF: "entity"}`` (or
``"fact"``, ``"source"``, ``"nested"`` for attrs values that hold references themselves), so the
brief can find every reference without knowing each class.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, Final, Literal

import attrs

from aibrief._dates.partial_date import PartialDate
from aibrief.errors import FieldTypeError, InvalidFieldError

__all__ = [
    "ENTITY_REF",
    "FACT_REF",
    "NESTED_REF",
    "REF",
    "SOURCE_REF",
    "RefKind",
    "check_country",
    "check_language",
    "check_optional_date",
    "check_optional_slug",
    "check_optional_text",
    "check_slug",
    "check_text",
    "country_codes",
    "items_of",
    "one_of",
    "references",
    "slug_tuple",
    "to_tuple",
]

#: The metadata key marking a field that refers to another record.
REF: Final = "aibrief.ref"

#: What a reference points at: an entity, a fact, a source, or an attrs value holding references.
RefKind = Literal["entity", "fact", "source", "nested"]

ENTITY_REF: Final = {REF: "entity"}
FACT_REF: Final = {REF: "fact"}
SOURCE_REF: Final = {REF: "source"}
NESTED_REF: Final = {REF: "nested"}

# Lower-case ASCII words joined by single hyphens: stable, URL-safe and easy to type.
_SLUG: Final = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*", re.ASCII)
# BCP 47 as news needs it: language, optional script, optional region ("zh-Hans", "en-US").
_LANGUAGE: Final = re.compile(r"[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|[0-9]{3}))?", re.ASCII)


def check_slug(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """attrs validator: ``value`` is an id such as ``'deepseek'`` or ``'liang-wenfeng'``."""
    if type(value) is not str or not _slug_ok(value):
        raise InvalidFieldError(_slug_message(attribute.name, value))


def check_optional_slug(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """attrs validator: ``value`` is ``None`` or an id."""
    # A function, not attrs.validators.optional(check_slug): calling the wrapper costs fact
    # construction, a hot path, a second call per field (benchmarks/bench_models.py).
    if value is not None and (type(value) is not str or not _slug_ok(value)):
        raise InvalidFieldError(_slug_message(attribute.name, value))


def check_language(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """attrs validator: ``value`` is ``None`` or a language tag such as ``'ko'`` or ``'zh-Hans'``."""
    if value is not None and not (isinstance(value, str) and _LANGUAGE.fullmatch(value)):
        raise InvalidFieldError(language_message(attribute.name, value))


def check_country(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """attrs validator: ``value`` is ``None`` or an ISO 3166 alpha-2 code known to babel."""
    if value is not None and value not in _countries():
        raise InvalidFieldError(
            f"{attribute.name} {value!r} is not an ISO 3166 country code; "
            "expected two upper-case letters such as 'CN', 'KR' or 'US'"
        )


def check_text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """attrs validator: ``value`` is non-empty text."""
    if type(value) is not str or not value.strip():
        raise InvalidFieldError(f"{attribute.name} {value!r} is not text; give a non-empty string")


def check_optional_text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """attrs validator: ``value`` is ``None`` or non-empty text."""
    if value is not None and (type(value) is not str or not value.strip()):
        raise InvalidFieldError(
            f"{attribute.name} {value!r} is not text; give a non-empty string or None"
        )


def check_optional_date(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """attrs validator: ``value`` is ``None`` or a :class:`PartialDate`."""
    if value is not None and type(value) is not PartialDate:
        raise FieldTypeError(
            f"{attribute.name} {value!r} is not a PartialDate; "
            "pass e.g. ab.PartialDate(2023, 7) or ab.PartialDate.parse('2023-07')"
        )


def items_of(cls: type) -> Callable[[object, attrs.Attribute[Any], tuple[object, ...]], None]:
    """attrs validator factory: every item of a tuple is an instance of ``cls``."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: tuple[object, ...]) -> None:
        for index, item in enumerate(value):
            if not isinstance(item, cls):
                raise FieldTypeError(
                    f"{attribute.name}[{index}] {item!r} is not a {cls.__name__}; "
                    f"build it with ab.{cls.__name__}(...)"
                )

    return check


def one_of(
    options: tuple[str, ...], *, optional: bool = False
) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """attrs validator factory: ``value`` is one of the options of a ``Literal`` alias."""
    allowed = frozenset(options)

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if (value is None and optional) or value in allowed:
            return
        listed = ", ".join(repr(option) for option in options)
        raise InvalidFieldError(
            f"{attribute.name} {value!r} is not an option; expected one of {listed}"
        )

    return check


def language_message(name: str, value: object) -> str:
    """The message for a bad language tag."""
    return (
        f"{name} {value!r} is not a language tag; expected a BCP 47 tag such as "
        "'ko', 'en', 'zh-Hans' or 'zh-Hant'"
    )


def is_language(value: object) -> bool:
    """Whether ``value`` is a language tag."""
    return isinstance(value, str) and _LANGUAGE.fullmatch(value) is not None


def to_tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    """attrs converter: lists and other iterables become tuples, so models stay immutable."""
    if type(value) is tuple:
        return value
    if isinstance(value, str | bytes):
        # tuple("deepseek") would silently become eight one-letter ids.
        raise FieldTypeError(
            f"expected a list or tuple, got the string {value!r}; wrap it: [{value!r}]"
        )
    return tuple(value)


def _slug_tuple(value: Iterable[str], field: attrs.Attribute[Any]) -> tuple[str, ...]:
    # Converts and checks in one call: construction of facts is a hot path.
    result = value if type(value) is tuple else to_tuple(value)
    for item in result:
        if type(item) is not str or not _slug_ok(item):
            raise InvalidFieldError(_slug_message(field.name, item))
    return result


if TYPE_CHECKING:
    # mypy's attrs plugin reads converters that are plain functions only.
    def slug_tuple(value: Iterable[str]) -> tuple[str, ...]:
        """attrs converter: a list or tuple of ids becomes a tuple, each id checked."""

else:
    slug_tuple = attrs.Converter(_slug_tuple, takes_field=True)


def references(value: Any, path: str) -> Iterator[tuple[RefKind, str, str]]:
    """Yield ``(kind, id, path)`` for every reference held by an attrs ``value``.

    >>> import aibrief as ab
    >>> role = ab.Role(organization="deepseek", title="founder")
    >>> list(references(role, "$.roles[0]"))
    [('entity', 'deepseek', '$.roles[0].organization')]
    """
    cls: type = type(value)
    for name, kind in _ref_fields(cls):
        held = getattr(value, name)
        where = f"{path}.{name}"
        if held is None:
            continue
        items = enumerate(held) if isinstance(held, tuple) else ((None, held),)
        for index, item in items:
            at = where if index is None else f"{where}[{index}]"
            if kind == "nested":
                yield from references(item, at)
            else:
                yield kind, item, at


@functools.cache
def _ref_fields(cls: type) -> tuple[tuple[str, RefKind], ...]:
    # Cached per class: the fields never change once attrs has built the class.
    return tuple(
        (field.name, field.metadata[REF]) for field in attrs.fields(cls) if REF in field.metadata
    )


@functools.lru_cache(maxsize=8192)
def _slug_ok(value: str) -> bool:
    # The cache makes re-validating the same ids (every fact names a few) a dict lookup; the
    # validators test the type inline before calling, as building facts is a hot path.
    return _SLUG.fullmatch(value) is not None


def _slug_message(name: str, value: object) -> str:
    suggestion = _slugify(value) if isinstance(value, str) else ""
    hint = f" (did you mean {suggestion!r}?)" if suggestion and suggestion != value else ""
    return (
        f"{name} {value!r} is not a valid id; expected lower-case ASCII letters and digits joined by "
        f"single hyphens, such as 'deepseek' or 'liang-wenfeng'{hint}"
    )


def _slugify(text: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", text.lower(), re.ASCII))


def country_codes() -> frozenset[str]:
    """The ISO 3166 alpha-2 codes :func:`check_country` accepts (babel's territories).

    >>> {"CN", "KR", "US"} <= country_codes()
    True
    """
    return _countries()


@functools.cache
def _countries() -> frozenset[str]:
    # Loaded on first use, never at import: babel's locale data is not small.
    from babel import Locale

    codes = (code for code in Locale("en").territories if isinstance(code, str))
    return frozenset(code for code in codes if len(code) == 2 and code.isalpha()) - {"ZZ"}
