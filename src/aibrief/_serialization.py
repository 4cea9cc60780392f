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
"""

from __future__ import annotations

import functools
import json
import types
import typing
from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any, Final, Union, get_args, get_origin

import attrs
import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn

from aibrief._approx import Approx, Qualifier
from aibrief._brief import Brief
from aibrief._currency import validate_currency
from aibrief._decimal import to_decimal
from aibrief._entities import ENTITY_TYPES, Entity, StockListing
from aibrief._facts import FACT_KINDS, Fact, to_ratio
from aibrief._money import Money
from aibrief._names import Names
from aibrief._partial_date import PartialDate
from aibrief._registry import Registry
from aibrief._units import as_units, is_quantity
from aibrief.errors import AibriefError, BriefLoadError, Problem, UnknownKindError

__all__ = [
    "FORMAT",
    "VERSION",
    "QuantityType",
    "configure_converter",
    "converter",
    "dumps",
    "is_value_type",
    "loads",
    "make_converter",
    "resolve",
]

#: The ``format`` of a brief document, and the ``version`` this release writes and reads.
FORMAT: Final = "aibrief.brief"
VERSION: Final = 1


class QuantityType:
    """Stands for ``pint.Quantity`` in resolved annotations, so pint is imported only when a
    document holds a quantity."""

    def __class_getitem__(cls, item: object) -> type[QuantityType]:
        return cls  # "Quantity[Any]" resolves to the marker itself


_NONE = type(None)
_VALUE_TYPES: Final = frozenset({Decimal, Money, Approx, QuantityType, _NONE})
_QUALIFIERS: Final = frozenset(get_args(Qualifier))
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
    for cls, unstructure, structure in _SCALARS:
        converter.register_unstructure_hook(cls, unstructure)
        converter.register_structure_hook(cls, structure)
    converter.register_unstructure_hook(Approx, _unstructure_value)
    converter.register_structure_hook(Approx, lambda obj, _: _structure_value(obj, {Approx}))
    converter.register_unstructure_hook(QuantityType, _unstructure_value)
    converter.register_structure_hook(
        QuantityType, lambda obj, _: _structure_value(obj, {QuantityType})
    )
    converter.register_unstructure_hook_func(is_quantity_class, _unstructure_value)
    converter.register_structure_hook_func(
        is_quantity_class, lambda obj, _: _structure_value(obj, {QuantityType})
    )
    converter.register_structure_hook_factory(_is_homogeneous_tuple, _tuple_hook)
    converter.register_unstructure_hook_func(_is_value_union, _unstructure_value)
    converter.register_structure_hook_factory(_is_value_union, _value_union_hook)
    for registry, tag_key in ((FACT_KINDS, "kind"), (ENTITY_TYPES, "type")):
        base = registry.base
        converter.register_unstructure_hook_factory(
            _subclass_of(base), functools.partial(_tagged_unstructure, registry, tag_key)
        )
        converter.register_structure_hook_factory(
            _subclass_of(base), functools.partial(_tagged_structure, registry, tag_key)
        )
    converter.register_unstructure_hook_factory(
        lambda t: attrs.has(t) and not _is_tagged(t), _resolving_unstructure
    )
    converter.register_structure_hook_factory(
        lambda t: attrs.has(t) and not _is_tagged(t), _resolving_structure
    )


def dumps(brief: Brief, *, indent: int | None = None) -> str:
    """The JSON document of a brief."""
    doc = {"format": FORMAT, "version": VERSION, **_converters()[0].unstructure(brief, Brief)}
    return json.dumps(doc, ensure_ascii=False, indent=indent)


def loads(text: str | bytes) -> Brief:
    """Read a brief document; raise :class:`BriefLoadError` listing every problem."""
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
    fast, detailed = _converters()
    try:
        return fast.structure(body, Brief)
    except Exception:  # re-run below to report every problem with its path
        pass
    try:
        brief = detailed.structure(body, Brief)
    except Exception as error:
        raise _load_error(list(_problems(error, "$"))) from None
    return brief  # pragma: no cover  (the fast converter failed where the detailed one did not)


# --- Scalars ---------------------------------------------------------------------------------


def _structure_decimal(obj: object, _: object) -> Decimal:
    if type(obj) is str:
        return _decimal_from_text(obj)
    if type(obj) is int:
        return Decimal(obj)
    raise TypeError(f"expected a number written as a string such as '5576000', got {obj!r}")


@functools.lru_cache(maxsize=4096)
def _decimal_from_text(text: str) -> Decimal:
    # Decimals and partial dates are immutable, and documents repeat them: parse each once.
    return to_decimal(text, name="number")


@functools.lru_cache(maxsize=4096)
def _partial_date(text: str) -> PartialDate:
    return PartialDate.parse(text)


def _structure_str(obj: object, _: object) -> str:
    if type(obj) is str:
        return obj
    raise TypeError(f"expected a string, got {obj!r}")


def _structure_int(obj: object, _: object) -> int:
    if type(obj) is int:
        return obj
    raise TypeError(f"expected an integer, got {obj!r}")


def _structure_bool(obj: object, _: object) -> bool:
    if type(obj) is bool:
        return obj
    raise TypeError(f"expected true or false, got {obj!r}")


def _structure_text(parse: Callable[[str], Any], what: str) -> Callable[[object, object], Any]:
    def structure(obj: object, _: object) -> Any:
        if type(obj) is not str:
            raise TypeError(f"expected {what} as a string, got {obj!r}")
        return parse(obj)

    return structure


def _structure_names(obj: object, _: object) -> Names:
    mapping = _mapping(obj, {"primary", "aliases"}, "names")
    return Names(
        _mapping(mapping.get("primary"), None, "primary names"), aliases=mapping.get("aliases", {})
    )


def _unstructure_names(names: Names) -> dict[str, Any]:
    result: dict[str, Any] = {"primary": dict(names.primary)}
    if names.aliases:
        result["aliases"] = names.alias_map()
    return result


_SCALARS: Final[tuple[tuple[type, Callable[[Any], Any], Callable[[Any, Any], Any]], ...]] = (
    (Decimal, str, _structure_decimal),
    (str, lambda value: value, _structure_str),
    (int, lambda value: value, _structure_int),
    (bool, lambda value: value, _structure_bool),
    (Fraction, str, _structure_text(to_ratio, "a ratio such as '1/7'")),
    (date, date.isoformat, _structure_text(date.fromisoformat, "an ISO date such as '2025-01-27'")),
    (PartialDate, str, _structure_text(_partial_date, "a date such as '2023-07'")),
    (StockListing, str, _structure_text(StockListing.parse, "a listing such as 'NASDAQ:NVDA'")),
    (
        Money,
        lambda m: {"amount": str(m.amount), "currency": m.currency},
        lambda o, _: _structure_value(o, {Money}),
    ),
    (Names, _unstructure_names, _structure_names),
)


# --- Values: Decimal, Money, quantities and Approx ------------------------------------------


def _unstructure_value(value: Any) -> Any:
    kind = type(value)
    if kind is Decimal:
        return str(value)
    if kind is Money:
        return {"amount": str(value.amount), "currency": value.currency}
    if kind is Approx:
        result = {
            "value": _unstructure_value(value.value),
            "qualifier": value.qualifier,
            "low": None if value.low is None else str(_magnitude(value.low)),
            "high": None if value.high is None else str(_magnitude(value.high)),
            "low_open": value.low_open,
            "high_open": value.high_open,
        }
        if value.tolerance is not None:
            result["tolerance"] = str(value.tolerance)
        return result
    if value is None:
        return None
    if is_quantity(value):
        return {"magnitude": str(_magnitude(value)), "unit": as_units(value)}
    raise TypeError(
        f"cannot write {value!r} as a value; expected Decimal, Money, a quantity or Approx"
    )


def _structure_value(obj: object, allowed: set[type] | frozenset[type]) -> Any:
    if obj is None and _NONE in allowed:
        return None
    if type(obj) is str or type(obj) is int:
        if Decimal in allowed:
            return _structure_decimal(obj, None)
    elif isinstance(obj, dict):
        if "qualifier" in obj and Approx in allowed:
            return _structure_approx(obj, allowed)
        if "currency" in obj and Money in allowed:
            money = _mapping(obj, {"amount", "currency"}, "money")
            amount = _structure_decimal(money.get("amount"), None)
            currency = validate_currency(_structure_str(money.get("currency"), None))
            return Money._trusted(amount, currency)
        if "unit" in obj and QuantityType in allowed:
            quantity = _mapping(obj, {"magnitude", "unit"}, "quantity")
            return _quantity(
                _structure_decimal(quantity.get("magnitude"), None), quantity.get("unit")
            )
    raise TypeError(f"expected {_describe(allowed)}, got {obj!r}")


def _structure_approx(obj: dict[str, Any], allowed: set[type] | frozenset[type]) -> Approx[Any]:
    keys = {"value", "qualifier", "low", "high", "low_open", "high_open", "tolerance"}
    data = _mapping(obj, keys, "approx")
    inner = (allowed - {Approx, _NONE}) or {Decimal, Money, QuantityType}
    if Money in allowed and len(inner) == 1:
        inner = {Money}  # an amount: the approximate value must be money too
    value = _structure_value(data.get("value"), inner)
    bounds = {
        name: None
        if data.get(name) is None
        else _rebuild(value, _structure_decimal(data[name], None))
        for name in ("low", "high")
    }
    flags = {name: data.get(name) for name in ("low_open", "high_open")}
    for name, flag in flags.items():
        if flag is not None and type(flag) is not bool:
            raise TypeError(f"{name} must be true or false, got {flag!r}")
    tolerance = data.get("tolerance")
    qualifier: Any = data.get("qualifier")
    if qualifier not in _QUALIFIERS:
        raise ValueError(f"qualifier {qualifier!r} is not one of {sorted(_QUALIFIERS)}")
    if None in flags.values():
        # Without both flags the bounds are not fully written: let Approx derive them.
        return Approx(
            value,
            qualifier,
            tolerance=None if tolerance is None else _structure_decimal(tolerance, None),
            **bounds,
            **flags,
        )
    return _trusted_approx(value, qualifier, bounds, flags, tolerance)


def _trusted_approx(
    value: Any, qualifier: str, bounds: dict[str, Any], flags: dict[str, Any], tolerance: object
) -> Approx[Any]:
    # Everything Approx would derive is in the document, so rebuild it field by field (fast)
    # after the checks Approx itself makes.
    low, high = bounds["low"], bounds["high"]
    if low is not None and high is not None and _magnitude(low) > _magnitude(high):
        raise ValueError(f"low {low!r} is above high {high!r}")
    approx: Approx[Any] = object.__new__(Approx)
    fields = {
        "value": value,
        "qualifier": qualifier,
        "low": low,
        "high": high,
        "tolerance": None if tolerance is None else _structure_decimal(tolerance, None),
        **flags,
    }
    for name, field_value in fields.items():
        object.__setattr__(approx, name, field_value)
    return approx


def _value_union_hook(union: Any) -> Callable[[object, object], Any]:
    allowed = frozenset(get_args(union))
    return lambda obj, _: _structure_value(obj, allowed)


def is_value_type(t: Any) -> bool:
    """Whether a resolved annotation holds values: Money, Approx, a quantity or a union of them."""
    return t in (Money, Approx, QuantityType) or _is_value_union(t)


def converter() -> cattrs.Converter:
    """The package's private converter (the fast one)."""
    return _converters()[0]


def _is_value_union(t: Any) -> bool:
    if get_origin(t) not in (Union, types.UnionType):
        return False
    members = set(get_args(t))
    return members <= _VALUE_TYPES and bool(members & {Decimal, Money, Approx, QuantityType})


def is_quantity_class(t: Any) -> bool:
    """Whether a type is pint's quantity class (checked without importing pint)."""
    return isinstance(t, type) and t.__module__.startswith("pint") and hasattr(t, "magnitude")


def _magnitude(value: Any) -> Decimal:
    if type(value) is Money:
        return value.amount
    if type(value) is Decimal:
        return value
    return to_decimal(value.magnitude, name="magnitude")


def _rebuild(like: Any, magnitude: Decimal) -> Any:
    if type(like) is Money:
        return Money._trusted(magnitude, like.currency)
    if type(like) is Decimal:
        return magnitude
    return _quantity(magnitude, as_units(like))


def _quantity(magnitude: Decimal, unit: object) -> Any:
    if type(unit) is not str:
        raise TypeError(f"a quantity's unit must be a string such as 'token', got {unit!r}")
    from aibrief._units import Q_

    return Q_(magnitude, unit)


def _describe(allowed: set[type] | frozenset[type]) -> str:
    names = {
        Decimal: "a number as a string",
        Money: '{"amount", "currency"}',
        QuantityType: '{"magnitude", "unit"}',
        Approx: '{"value", "qualifier", ...}',
        _NONE: "null",
    }
    return " or ".join(
        names[t] for t in (Decimal, Money, QuantityType, Approx, _NONE) if t in allowed
    )


def _is_homogeneous_tuple(t: Any) -> bool:
    args = get_args(t)
    return get_origin(t) is tuple and len(args) == 2 and args[1] is Ellipsis


def _tuple_hook(t: Any, converter: cattrs.Converter) -> Callable[[object, object], Any]:
    # cattrs would iterate a string into one-letter items; a JSON array is required instead.
    as_list: Any = list[get_args(t)[0]]  # type: ignore[misc]
    inner = converter.get_structure_hook(as_list)

    def structure(obj: object, _: object) -> tuple[Any, ...]:
        if type(obj) is not list and type(obj) is not tuple:
            raise TypeError(f"expected a JSON array, got {obj!r}")
        return tuple(inner(obj, as_list))

    return structure


# --- Tagged classes: facts and entities -----------------------------------------------------


def _subclass_of(base: type) -> Callable[[Any], bool]:
    return lambda t: isinstance(t, type) and issubclass(t, base)


def _is_tagged(t: Any) -> bool:
    return isinstance(t, type) and issubclass(t, Fact | Entity)


def _tagged_unstructure(
    registry: Registry[Any], key: str, cls: type, converter: cattrs.Converter
) -> Callable[[Any], dict[str, Any]]:
    if cls is registry.base:
        return lambda obj: converter.get_unstructure_hook(type(obj))(obj)
    resolve(cls)
    inner: Callable[[Any], dict[str, Any]] = make_dict_unstructure_fn(
        cls, converter, _cattrs_omit_if_default=converter.omit_if_default
    )
    tag = getattr(cls, registry.attribute)

    def unstructure(obj: Any) -> dict[str, Any]:
        result = {key: tag}
        result.update(inner(obj))
        return result

    return unstructure


def _tagged_structure(
    registry: Registry[Any], key: str, cls: type, converter: cattrs.Converter
) -> Callable[[Any, Any], Any]:
    if cls is registry.base:

        def dispatch(obj: Any, _: Any) -> Any:
            if not isinstance(obj, dict):
                raise TypeError(f"expected an object with a {key!r} key, got {obj!r}")
            if key not in obj:
                raise _field_error(KeyError(key), key, cls, converter)
            tag = obj[key]
            try:
                chosen = registry.get(tag)
            except AibriefError as error:
                raise _field_error(error, key, cls, converter) from None
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


def _field_error(error: Exception, name: str, cls: type, converter: cattrs.Converter) -> Exception:
    if not converter.detailed_validation:
        return error
    error.__notes__ = [AttributeValidationNote(f"Structuring {name}", name, str)]
    return ClassValidationError(f"While structuring {cls.__name__}", [error], cls)


def _resolving_unstructure(cls: type, converter: cattrs.Converter) -> Callable[[Any], Any]:
    resolve(cls)
    if cls is Brief:
        return make_dict_unstructure_fn(cls, converter, _cattrs_omit_if_default=False)
    return make_dict_unstructure_fn(
        cls, converter, _cattrs_omit_if_default=converter.omit_if_default
    )


def _resolving_structure(cls: type, converter: cattrs.Converter) -> Callable[[Any, Any], Any]:
    resolve(cls)
    return make_dict_structure_fn(cls, converter)


def resolve(cls: type) -> type:
    """Resolve a class's string annotations once, reading ``Quantity`` as :class:`QuantityType`."""
    if cls not in _RESOLVED:
        for klass in reversed(cls.__mro__):
            if attrs.has(klass):
                attrs.resolve_types(klass, localns={"Quantity": QuantityType, "Any": Any})
        _RESOLVED.add(cls)
    return cls


_RESOLVED: set[type] = set()


# --- Reading documents ----------------------------------------------------------------------


@functools.cache
def _converters() -> tuple[cattrs.Converter, cattrs.Converter]:
    # A fast converter for documents that load cleanly, a detailed one to report problems.
    return make_converter(detailed_validation=False), make_converter()


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


def _problems(error: BaseException, path: str) -> typing.Iterator[Problem]:
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


def _mapping(obj: object, keys: set[str] | None, what: str) -> Mapping[str, Any]:
    if not isinstance(obj, dict):
        raise TypeError(f"expected {what} as a JSON object, got {obj!r}")
    if keys is not None and not obj.keys() <= keys:
        extra = sorted(set(obj) - keys)
        raise ValueError(f"unexpected keys {extra} in {what}; expected only {sorted(keys)}")
    return obj
