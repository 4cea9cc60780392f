"""Text in several languages, looked up by locale: an entity's names, and translations.

:class:`Names` are what an entity is called (with aliases); :class:`Translations` give a fact's
own words (a milestone's description, a metric) in other languages, and :func:`in_language`
picks the one a reader asked for. Both find ``zh-Hans`` for ``"zh"`` or ``"zh_CN"`` with babel's
data.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from aibrief._models.ids import is_language, language_message
from aibrief.errors import FieldTypeError, InvalidFieldError, NameNotFoundError

if TYPE_CHECKING:
    from babel import Locale

__all__ = ["Names", "Translations", "in_language", "optional_translations"]

Pairs = tuple[tuple[str, str], ...]


def _primary(value: Mapping[str, str] | Iterable[tuple[str, str]]) -> Pairs:
    return _by_tag(value, "names give two names")


def _texts(value: Mapping[str, str] | Iterable[tuple[str, str]]) -> Pairs:
    return _by_tag(value, "translations give two texts")


def _by_tag(value: Mapping[str, str] | Iterable[tuple[str, str]], twice: str) -> Pairs:
    pairs = value.items() if isinstance(value, Mapping) else value
    result = tuple(sorted((tag, text) for tag, text in pairs))
    tags = [tag for tag, _ in result]
    if len(set(tags)) != len(tags):
        raise InvalidFieldError(f"{twice} for one language tag in {tags}; keep one")
    return result


def _aliases(value: Mapping[str, Sequence[str]] | Iterable[tuple[str, str]]) -> Pairs:
    if isinstance(value, Mapping):
        return tuple((tag, alias) for tag, aliases in value.items() for alias in _list(aliases))
    return tuple((tag, alias) for tag, alias in value)


def _list(aliases: Sequence[str]) -> Sequence[str]:
    if isinstance(aliases, str):
        raise FieldTypeError(
            f"aliases per language are a list of names, got the string {aliases!r}"
        )
    return aliases


def _check_pairs(instance: Names, attribute: attrs.Attribute[Any], value: Pairs) -> None:
    for tag, name in value:
        if not is_language(tag):
            raise InvalidFieldError(language_message(f"{attribute.name} tag", tag))
        if not isinstance(name, str) or not name.strip():
            raise InvalidFieldError(
                f"{attribute.name}[{tag!r}] {name!r} is empty or not text; give non-empty text"
            )


@attrs.frozen(repr=False)
class Names:
    """The names of one entity per language tag, with aliases.

    ``primary`` maps a BCP 47 language tag (``"ko"``, ``"en"``, ``"zh-Hans"``, ``"zh-Hant"``)
    to the name news in that language uses; ``aliases`` maps a tag to other spellings. Both
    accept a dict and are stored as sorted tuples, so names are immutable and hashable.

    >>> import aibrief as ab
    >>> names = ab.Names(
    ...     {"en": "High-Flyer", "zh-Hans": "幻方", "ko": "하이플라이어"},
    ...     aliases={"en": ["High Flyer"], "ko": ["환팡"]},
    ... )
    >>> names["ko"], names.name_in("zh_CN"), names.name_in("ko_KR")
    ('하이플라이어', '幻方', '하이플라이어')
    >>> names.matches("환팡")
    True
    """

    primary: Pairs = attrs.field(converter=_primary, validator=_check_pairs)
    aliases: Pairs = attrs.field(default=(), converter=_aliases, validator=_check_pairs)

    def __attrs_post_init__(self) -> None:
        if not self.primary:
            raise InvalidFieldError(
                "an entity needs a name in at least one language, e.g. {'en': ...}"
            )

    def __getitem__(self, tag: str) -> str:
        """The name under exactly this language tag.

        >>> import aibrief as ab
        >>> ab.Names({"en": "DeepSeek", "ko": "딥시크"})["en"]
        'DeepSeek'
        """
        for known, name in self.primary:
            if known == tag:
                return name
        raise NameNotFoundError(
            f"no name under the tag {tag!r}; names exist in {', '.join(self.languages)}; "
            "use name_in(locale) to fall back through related locales",
            locale=tag,
            available=self.languages,
        )

    def __iter__(self) -> Iterator[str]:
        return iter(self.languages)

    def __repr__(self) -> str:
        aliases = self.alias_map()
        tail = f", aliases={aliases!r}" if aliases else ""
        return f"Names({dict(self.primary)!r}{tail})"

    @property
    def languages(self) -> tuple[str, ...]:
        """The language tags that have a primary name, sorted.

        >>> import aibrief as ab
        >>> ab.Names({"ko": "딥시크", "en": "DeepSeek"}).languages
        ('en', 'ko')
        """
        return tuple(tag for tag, _ in self.primary)

    def alias_map(self) -> dict[str, list[str]]:
        """The aliases as a dict of lists, in the order they were given.

        >>> import aibrief as ab
        >>> ab.Names({"en": "High-Flyer"}, aliases={"ko": ["환팡"]}).alias_map()
        {'ko': ['환팡']}
        """
        result: dict[str, list[str]] = {}
        for tag, alias in self.aliases:
            result.setdefault(tag, []).append(alias)
        return result

    def all(self) -> tuple[str, ...]:
        """Every spelling, primary names first, without repeats.

        >>> import aibrief as ab
        >>> ab.Names({"en": "High-Flyer", "ko": "하이플라이어"}, aliases={"ko": ["환팡"]}).all()
        ('High-Flyer', '하이플라이어', '환팡')
        """
        spellings = [name for _, name in self.primary] + [alias for _, alias in self.aliases]
        return tuple(dict.fromkeys(spellings))

    def matches(self, text: str) -> bool:
        """Whether ``text`` is one of the names or aliases, ignoring case and outer spaces.

        >>> import aibrief as ab
        >>> ab.Names({"en": "DeepSeek"}).matches("deepseek ")
        True
        """
        wanted = text.strip().casefold()
        return any(wanted == name.casefold() for name in self.all())

    def name_in(self, locale: str | Locale, *, fallback: Sequence[str] = ()) -> str:
        """The name for a locale, falling back through related tags with babel's data.

        ``"zh_CN"`` and ``"zh-Hans-CN"`` find ``zh-Hans``; ``"zh_TW"`` finds ``zh-Hant``;
        ``"ko_KR"`` finds ``ko``. If nothing fits, the tags in ``fallback`` are tried in order;
        there is no silent default language.

        >>> import aibrief as ab
        >>> names = ab.Names({"en": "Liang Wenfeng", "zh-Hant": "梁文鋒", "ko": "량원펑"})
        >>> names.name_in("zh_TW"), names.name_in("en_US")
        ('梁文鋒', 'Liang Wenfeng')
        >>> names.name_in("ja", fallback=["en"])
        'Liang Wenfeng'
        """
        tried = _candidates(str(locale))
        for tag in (*tried, *fallback):
            for known, name in self.primary:
                if known == tag:
                    return name
        raise NameNotFoundError(
            f"no name for locale {str(locale)!r} (tried {', '.join(tried) or 'nothing'}); "
            f"names exist in {', '.join(self.languages)}; pass fallback=['en'] to accept another",
            locale=str(locale),
            available=self.languages,
        )


@attrs.frozen(repr=False)
class Translations:
    """A fact's own words in other languages, by BCP 47 language tag.

    A milestone's description or a statistic's metric is written in one language; its
    ``description_in`` or ``metric_in`` field holds the same words in others, so a tour or a
    chart in Korean or Chinese does not fall back to English. :class:`Names` holds what
    an entity is called; this holds what a fact says.

    >>> import aibrief as ab
    >>> metric = ab.Translations({"ko": "AI 연구 인력", "zh-Hans": "AI研究人员"})
    >>> metric.text_in("zh_CN"), metric.text_in("ko_KR"), metric.text_in("en") is None
    ('AI研究人员', 'AI 연구 인력', True)
    >>> metric
    Translations({'ko': 'AI 연구 인력', 'zh-Hans': 'AI研究人员'})
    """

    texts: Pairs = attrs.field(converter=_texts, validator=_check_pairs)

    def __attrs_post_init__(self) -> None:
        if not self.texts:
            raise InvalidFieldError(
                "translations need a text in at least one language, e.g. {'ko': ...}; "
                "leave the field out when there is none"
            )

    def __repr__(self) -> str:
        return f"Translations({dict(self.texts)!r})"

    @property
    def languages(self) -> tuple[str, ...]:
        """The language tags that have a text, sorted.

        >>> import aibrief as ab
        >>> ab.Translations({"zh-Hans": "杭州", "ko": "항저우"}).languages
        ('ko', 'zh-Hans')
        """
        return tuple(tag for tag, _ in self.texts)

    def text_in(self, locale: str | Locale) -> str | None:
        """The text for a locale, found as :meth:`Names.name_in` finds a name; else ``None``.

        >>> import aibrief as ab
        >>> ab.Translations({"zh-Hant": "杭州", "ko": "항저우"}).text_in("zh_TW")
        '杭州'
        """
        for tag in _candidates(str(locale)):
            for known, text in self.texts:
                if known == tag:
                    return text
        return None


def optional_translations(
    value: Translations | Mapping[str, str] | None,
) -> Translations | None:
    """attrs converter: Translations from a dict of language tag to text; ``None`` stays.

    >>> optional_translations({"ko": "항저우"})
    Translations({'ko': '항저우'})
    """
    if value is None or isinstance(value, Translations):
        return value
    if isinstance(value, Mapping):
        return Translations(value)
    raise FieldTypeError(
        f"translations {value!r} are not a dict of language tag to text; "
        "pass e.g. {'ko': '항저우', 'zh-Hans': '杭州'}"
    )


def in_language(text: str, translations: Translations | None, locale: str) -> str:
    """``text`` in ``locale``: its translation there if there is one, else as written.

    >>> import aibrief as ab
    >>> from aibrief._models.names import in_language
    >>> city = ab.Translations({"ko": "항저우", "zh-Hans": "杭州"})
    >>> in_language("Hangzhou", city, "zh"), in_language("Hangzhou", city, "en")
    ('杭州', 'Hangzhou')
    """
    found = None if translations is None else translations.text_in(locale)
    return text if found is None else found


@functools.lru_cache(maxsize=256)
def _candidates(locale: str) -> tuple[str, ...]:
    """Language tags to try for a locale, most specific first."""
    from babel import Locale, UnknownLocaleError
    from babel.core import get_global

    identifier = locale.replace("-", "_")
    try:
        parsed = Locale.parse(identifier)
    except (UnknownLocaleError, ValueError):
        # Not in babel's data: still try the tag as written and its language alone.
        language = identifier.split("_")[0]
        return tuple(dict.fromkeys([locale.replace("_", "-"), language]))
    script = parsed.script
    if script is None:
        likely = get_global("likely_subtags").get(
            f"{parsed.language}_{parsed.territory}" if parsed.territory else parsed.language
        ) or get_global("likely_subtags").get(parsed.language, "")
        parts = likely.split("_")
        script = parts[1] if len(parts) == 3 else None
    lang, region = parsed.language, parsed.territory
    tags = [
        "-".join(p for p in (lang, script, region) if p),
        "-".join(p for p in (lang, script) if p),
        "-".join(p for p in (lang, region) if p),
        lang,
    ]
    return tuple(dict.fromkeys(tags))
