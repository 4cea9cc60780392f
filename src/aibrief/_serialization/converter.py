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

How each value is written lives in :mod:`aibrief._serialization.values`; the per-class functions for
records, generated once per class, in :mod:`aibrief._serialization.classes`. Reading tries a fast
converter first and, only if that fails, reruns a detailed one that reports every problem.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import threading
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
)
from cattrs.gen import make_dict_structure_fn

from aibrief._core.registry import Registry
from aibrief._models.entities import ENTITY_TYPES, Entity
from aibrief._models.facts import FACT_KINDS, Fact
from aibrief._serialization.classes import (
    is_homogeneous_tuple,
    resolve,
    structure_fn,
    tagged_reader,
    tagged_writer,
    tuple_hook,
    unstructure_fn,
)
from aibrief._serialization.values import QuantityType, is_value_type, register_values, shown
from aibrief.errors import (
    AibriefError,
    Problem,
    UnknownKindError,
)

__all__ = [
    "QuantityType",
    "collector_paused",
    "configure_converter",
    "converter",
    "converters",
    "is_value_type",
    "make_converter",
    "problems_of",
    "resolve",
]


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


def converter() -> cattrs.Converter:
    """The package's private converter (the fast one)."""
    return converters()[0]


# Calls in progress that paused the collector, and whether the first of them found it on.
# Counted under a lock, so overlapping calls from several threads leave it as they found it.
_pause_lock = threading.Lock()
_pauses = 0
_resume_collector = False


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
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
                raise TypeError(f"expected an object with a {key!r} key, got {shown(obj)}")
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
            raise TypeError(f"expected an object, got {shown(obj)}")
        if obj.get(key, tag) != tag:
            raise ValueError(f"{key} {obj[key]!r} does not match {cls.__name__} ({tag!r})")
        return inner({name: value for name, value in obj.items() if name != key}, cls)

    return structure


def _field_error(error: Exception, name: str, cls: type) -> Exception:
    error.__notes__ = [AttributeValidationNote(f"Structuring {name}", name, str)]
    return ClassValidationError(f"While structuring {cls.__name__}", [error], cls)


def _record_unstructure(cls: type, converter: cattrs.Converter) -> Callable[[Any], Any]:
    # A document's root (a Brief) keeps its empty sections, so a document always shows them.
    keep = getattr(cls, "_json_keeps_defaults_", False) is True
    return unstructure_fn(cls, converter, omit=converter.omit_if_default and not keep)


def _record_structure(cls: type, converter: cattrs.Converter) -> Callable[[Any, Any], Any]:
    if not converter.detailed_validation:
        return structure_fn(cls, converter)
    resolve(cls)
    return make_dict_structure_fn(cls, converter)


# --- Reading documents ----------------------------------------------------------------------


@functools.cache
def converters() -> tuple[cattrs.Converter, cattrs.Converter]:
    # A fast converter for documents that load cleanly, a detailed one to report problems.
    return make_converter(detailed_validation=False), make_converter()


def problems_of(error: BaseException, path: str) -> Iterator[Problem]:
    if isinstance(error, ClassValidationError | IterableValidationError):
        with_notes, without = error.group_exceptions()
        for inner, note in with_notes:
            step = (
                f".{note.name}"
                if isinstance(note, AttributeValidationNote)
                else f"[{note.index!r}]"
            )
            yield from problems_of(inner, path + step)
        for inner in without:
            yield from problems_of(inner, path)
    elif isinstance(error, ForbiddenExtraKeysError):
        for key in sorted(error.extra_fields):
            yield Problem(f"{path}.{key}", f"unexpected key {key!r}", "unexpected")
    elif isinstance(error, KeyError):
        yield Problem(path, "required field missing", "missing")
    elif isinstance(error, UnknownKindError):
        yield Problem(path, str(error), "unknown_kind")
    else:
        yield Problem(path, str(error), "invalid")
