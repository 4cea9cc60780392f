"""JSON for briefs and every value type, through a private cattrs converter.

The decisions :func:`configure_converter` makes, each lossless:

* Decimals are strings (``"5576000"``), so no digit is lost to a float; fractions are
  ``"1/7"``; dates are ISO 8601 and partial dates keep their precision (``"2023-07"``).
* Money is ``{"amount": "5576000", "currency": "USD"}``; a pint quantity is
  ``{"magnitude": "1000000", "unit": "token"}``.
* An Approx is ``{"value": ..., "qualifier": "about", "low": "...", "high": "...",
  "low_open": false, "high_open": false}``, its bounds being magnitudes in the value's unit.
* Names are ``{"primary": {"ko": ...}, "aliases": {"ko": [...]}}``; a stock listing is
  ``"NASDAQ:NVDA"``.
* Facts carry their ``kind`` and entities their ``type``; any registered kind is accepted,
  nothing else, so loading never runs code. Fields left at their default are omitted.
* Strings, ints and bools are checked, not coerced: ``5`` is not accepted for a string.

How each value is written lives in :mod:`aibrief._json_values`; the per-class functions for
records, generated once per class, in :mod:`aibrief._json_classes`. Reading tries a fast
converter first and, only if that fails, reruns a detailed one that reports every problem.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import json
import threading
from collections.abc import Callable, Iterator
from typing import Any, Final

import attrs
import cattrs
import msgspec
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
)
from cattrs.gen import make_dict_structure_fn

from aibrief._brief import Brief
from aibrief._entities import ENTITY_TYPES, Entity
from aibrief._facts import FACT_KINDS, Fact
from aibrief._json_classes import (
    is_homogeneous_tuple,
    resolve,
    structure_fn,
    tagged_reader,
    tagged_writer,
    tuple_hook,
    unstructure_fn,
)
from aibrief._json_values import QuantityType, is_value_type, register_values
from aibrief._registry import Registry
from aibrief.errors import (
    AibriefError,
    BriefLoadError,
    InvalidArgumentError,
    Problem,
    UnknownKindError,
    ValidationError,
)

__all__ = [
    "FORMAT",
    "VERSION",
    "QuantityType",
    "configure_converter",
    "converter",
    "dumps",
    "encode",
    "is_value_type",
    "loads",
    "make_converter",
    "resolve",
]

#: The ``format`` of a brief document, and the ``version`` this release writes and reads.
FORMAT: Final = "aibrief.brief"
VERSION: Final = 1

_HEADER: Final = frozenset({"format", "version", "sources", "entities", "facts"})


def make_converter(*, detailed_validation: bool = True) -> cattrs.Converter:
    """A new cattrs converter configured for aibrief's types (see :func:`configure_converter`).

    >>> import aibrief as ab
    >>> converter = ab.make_converter()
    >>> converter.unstructure(ab.Money("5576000", "USD"))
    {'amount': '5576000', 'currency': 'USD'}
    >>> converter.structure("2023-07", ab.PartialDate)
    PartialDate(2023, 7)
    """
    converter = cattrs.Converter(
        omit_if_default=True, forbid_extra_keys=True, detailed_validation=detailed_validation
    )
    configure_converter(converter)
    return converter


def configure_converter(converter: cattrs.Converter) -> None:
    """Teach a cattrs converter aibrief's types, in cattrs' preconf style.

    Decimals become strings, partial dates ISO text, Money ``{"amount", "currency"}``, pint
    quantities ``{"magnitude", "unit"}``, Approx its value, qualifier and bounds; facts and
    entities are tagged with ``kind`` and ``type``; str, int and bool are checked, not coerced.

    >>> import cattrs, aibrief as ab
    >>> converter = cattrs.Converter()
    >>> ab.configure_converter(converter)
    >>> converter.unstructure(ab.Approx(ab.Money("80", "KRW"), "about"))["low"]
    '76.00'
    """
    register_values(converter)
    converter.register_structure_hook_factory(is_homogeneous_tuple, tuple_hook)
    for registry, tag_key in ((FACT_KINDS, "kind"), (ENTITY_TYPES, "type")):
        base = registry.base
        converter.register_unstructure_hook_factory(
            _subclass_of(base), functools.partial(_tagged_unstructure, registry, tag_key)
        )
        converter.register_structure_hook_factory(
            _subclass_of(base), functools.partial(_tagged_structure, registry, tag_key)
        )
    converter.register_unstructure_hook_factory(_is_record, _record_unstructure)
    converter.register_structure_hook_factory(_is_record, _record_structure)


def dumps(brief: Brief, *, indent: int | None = None) -> str:
    """The JSON document of a brief: compact, or with ``indent`` spaces per level."""
    return encode(brief, indent=indent).decode()


def encode(brief: Brief, *, indent: int | None = None) -> bytes:
    """The JSON document of a brief as UTF-8 bytes, ready for a file or a socket."""
    if indent is not None and (type(indent) is not int or indent < 0):
        message = f"indent must be None or a number of spaces (0 or more), got {indent!r}"
        raise InvalidArgumentError(message, name="indent", value=indent)
    with _collector_paused():
        doc = {"format": FORMAT, "version": VERSION, **_writer()(brief)}
        # msgspec's C encoder writes a large brief eight times faster than json.dumps.
        try:
            encoded = msgspec.json.encode(doc)
        except UnicodeEncodeError:
            raise ValidationError.for_problems(
                list(_unencodable(doc, "$")), what="writing the JSON document"
            ) from None
    return encoded if indent is None else msgspec.json.format(encoded, indent=indent)


def _unencodable(value: object, path: str) -> Iterator[Problem]:
    # Only on the error path: a lone surrogate (text decoded with errors="surrogateescape",
    # say) has no UTF-8 form, so the document cannot hold it.
    if isinstance(value, str):
        try:
            value.encode()
        except UnicodeEncodeError as error:
            bad = value[error.start : error.end]
            message = f"{value!r} holds {bad!r}, a lone surrogate; decode the source text again"
            yield Problem(path, message)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _unencodable(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _unencodable(item, f"{path}[{index}]")


def loads(text: str | bytes) -> Brief:
    """Read a brief document; raise :class:`BriefLoadError` listing every problem."""
    with _collector_paused():
        return _read(text)


def converter() -> cattrs.Converter:
    """The package's private converter (the fast one)."""
    return _converters()[0]


# Calls in progress that paused the collector, and whether the first of them found it on.
# Counted under a lock, so overlapping calls from several threads leave it as they found it.
_pause_lock = threading.Lock()
_pauses = 0
_resume_collector = False


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    # A large document is millions of new objects, none in a reference cycle; each burst of
    # allocations would set the cyclic collector off to scan everything built so far, which
    # costs more than the reading itself. Pause it meanwhile (as it was, if already paused).
    global _pauses, _resume_collector
    with _pause_lock:
        if _pauses == 0:
            _resume_collector = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pauses -= 1
            if _pauses == 0 and _resume_collector:
                gc.enable()


def _read(text: str | bytes) -> Brief:
    # json.loads parses as fast as msgspec's untyped decoder and reports a line and column.
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as error:
        where = f"line {error.lineno}, column {error.colno}"
        message = (
            f"not valid JSON ({error.msg} at {where}); check the file is a whole JSON document"
        )
        raise _load_error([Problem("$", message, "json_syntax")]) from None
    except UnicodeDecodeError as error:
        raise _load_error(
            [Problem("$", f"not UTF-8 text ({error.reason})", "json_syntax")]
        ) from None
    problems = _header_problems(doc)
    if problems:
        raise _load_error(problems)
    body = {key: doc[key] for key in ("sources", "entities", "facts") if key in doc}
    try:
        return _reader()(body)
    except Exception:  # re-run below to report every problem with its path
        pass
    try:
        brief = _converters()[1].structure(body, Brief)
    except Exception as error:
        raise _load_error(list(_problems(error, "$"))) from None
    return brief  # pragma: no cover  (the fast converter failed where the detailed one did not)


# --- Records: tagged facts and entities, and every other attrs class ------------------------


def _subclass_of(base: type) -> Callable[[Any], bool]:
    return lambda t: isinstance(t, type) and issubclass(t, base)


def _is_record(t: Any) -> bool:
    return attrs.has(t) and not (isinstance(t, type) and issubclass(t, Fact | Entity))


def _tagged_unstructure(
    registry: Registry[Any], key: str, cls: type, converter: cattrs.Converter
) -> Callable[[Any], Any]:
    if cls is registry.base:
        return tagged_writer(converter)
    tag = (key, getattr(cls, registry.attribute))
    return unstructure_fn(cls, converter, tag=tag, omit=converter.omit_if_default)


def _tagged_structure(
    registry: Registry[Any], key: str, cls: type, converter: cattrs.Converter
) -> Callable[[Any, Any], Any]:
    if not converter.detailed_validation:
        if cls is registry.base:
            return tagged_reader(registry, key, converter)
        return structure_fn(cls, converter, tag=(key, getattr(cls, registry.attribute)))
    if cls is registry.base:

        def dispatch(obj: Any, _: Any) -> Any:
            if not isinstance(obj, dict):
                raise TypeError(f"expected an object with a {key!r} key, got {obj!r}")
            if key not in obj:
                raise _field_error(KeyError(key), key, cls)
            try:
                chosen = registry.get(obj[key])
            except AibriefError as error:
                raise _field_error(error, key, cls) from None
            return converter.get_structure_hook(chosen)(obj, chosen)

        return dispatch
    resolve(cls)
    inner: Callable[[Any, Any], Any] = make_dict_structure_fn(cls, converter)
    tag = getattr(cls, registry.attribute)

    def structure(obj: Any, _: Any) -> Any:
        if not isinstance(obj, dict):
            raise TypeError(f"expected an object, got {obj!r}")
        if obj.get(key, tag) != tag:
            raise ValueError(f"{key} {obj[key]!r} does not match {cls.__name__} ({tag!r})")
        return inner({name: value for name, value in obj.items() if name != key}, cls)

    return structure


def _field_error(error: Exception, name: str, cls: type) -> Exception:
    error.__notes__ = [AttributeValidationNote(f"Structuring {name}", name, str)]
    return ClassValidationError(f"While structuring {cls.__name__}", [error], cls)


def _record_unstructure(cls: type, converter: cattrs.Converter) -> Callable[[Any], Any]:
    # A brief keeps its empty sections, so a document always shows all three.
    return unstructure_fn(cls, converter, omit=converter.omit_if_default and cls is not Brief)


def _record_structure(cls: type, converter: cattrs.Converter) -> Callable[[Any, Any], Any]:
    if not converter.detailed_validation:
        return structure_fn(cls, converter)
    resolve(cls)
    return make_dict_structure_fn(cls, converter)


# --- Reading documents ----------------------------------------------------------------------


@functools.cache
def _converters() -> tuple[cattrs.Converter, cattrs.Converter]:
    # A fast converter for documents that load cleanly, a detailed one to report problems.
    return make_converter(detailed_validation=False), make_converter()


def _writer() -> Callable[[Brief], dict[str, Any]]:
    return _converters()[0].get_unstructure_hook(Brief)


def _reader() -> Callable[..., Brief]:
    read: Callable[..., Brief] = _converters()[0].get_structure_hook(Brief)
    return read


def _header_problems(doc: object) -> list[Problem]:
    if not isinstance(doc, dict):
        return [
            Problem("$", f"expected a JSON object with format {FORMAT!r}, got {type(doc).__name__}")
        ]
    problems = []
    if doc.get("format") != FORMAT:
        problems.append(
            Problem("$.format", f"expected {FORMAT!r}, got {doc.get('format')!r}", "invalid")
        )
    version = doc.get("version")
    if version != VERSION or type(version) is not int:
        fix = "upgrade aibrief to read it" if isinstance(version, int) and version > VERSION else ""
        message = f"this aibrief reads version {VERSION}, the document says {version!r}"
        problems.append(
            Problem("$.version", f"{message}; {fix}" if fix else message, "unsupported_version")
        )
    for key in sorted(set(doc) - _HEADER):
        problems.append(
            Problem(
                f"$.{key}", f"unexpected key {key!r}; expected only {sorted(_HEADER)}", "unexpected"
            )
        )
    return problems


def _problems(error: BaseException, path: str) -> Iterator[Problem]:
    if isinstance(error, ClassValidationError | IterableValidationError):
        with_notes, without = error.group_exceptions()
        for inner, note in with_notes:
            step = (
                f".{note.name}"
                if isinstance(note, AttributeValidationNote)
                else f"[{note.index!r}]"
            )
            yield from _problems(inner, path + step)
        for inner in without:
            yield from _problems(inner, path)
    elif isinstance(error, ForbiddenExtraKeysError):
        for key in sorted(error.extra_fields):
            yield Problem(f"{path}.{key}", f"unexpected key {key!r}", "unexpected")
    elif isinstance(error, KeyError):
        yield Problem(path, "required field missing", "missing")
    elif isinstance(error, UnknownKindError):
        yield Problem(path, str(error), "unknown_kind")
    else:
        yield Problem(path, str(error), "invalid")


def _load_error(problems: list[Problem]) -> BriefLoadError:
    return BriefLoadError.for_problems(problems, what="in the JSON document")
