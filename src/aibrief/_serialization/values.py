"""How values are written in JSON and read back: scalars, Decimal, Money, quantities, Approx.

Each reader checks, never coerces: ``5`` is not accepted for a string, nor ``5.5`` for an
amount. The hooks here take cattrs' ``(obj, type)`` arguments so a converter can use them as
they are; :func:`register_values` teaches a converter all of them.
"""

from __future__ import annotations

import functools
import re
import reprlib
import types
from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any, Final, Union, get_args, get_origin

import cattrs

from aibrief._core.currency import known_currencies, validate_currency
from aibrief._core.decimal import to_decimal
from aibrief._core.types import is_quantity, is_quantity_class
from aibrief._dates.fiscal_period import FiscalPeriod
from aibrief._dates.partial_date import PartialDate
from aibrief._models.entities import StockListing
from aibrief._models.facts import to_ratio
from aibrief._models.names import Names, Translations
from aibrief._money.money import Money
from aibrief._quantities.approx import Approx, Qualifier
from aibrief._quantities.magnitude import magnitude
from aibrief._units.registry import Q_, as_units

__all__ = [
    "PATTERNS",
    "QuantityType",
    "identity",
    "is_period_union",
    "is_quantity_class",
    "is_value_type",
    "is_value_union",
    "mapping",
    "read_value",
    "register_values",
    "shown",
    "structure_bool",
    "structure_int",
    "structure_str",
    "value_reader",
    "write_value",
]


# The exponent of a number in scientific notation within the bound on amounts: -40 to 39.
_EXPONENT: Final = r"[eE](?:\+?(?:[0-9]|[1-3][0-9])|-(?:[0-9]|[1-3][0-9]|40))"

#: How each value written as text looks, one regular expression (for ``fullmatch``) read by
#: both the loader and the JSON Schema (:mod:`aibrief._brief.schema`), so they accept the same.
#: A decimal lies within the bound on amounts (10^-40 to 10^40 in size, or zero with at most
#: 40 places): plainly written ("5576000", "0.05", "-0"), or in the scientific notation that
#: ``str(Decimal)`` writes ("1.5E-7", "5.576E+6", "0E-8"), which the bound limits to one digit
#: before the point and an exponent from -40 to 39. A string is at most 100 characters.
PATTERNS: Final = {
    "Decimal": (
        r"[+-]?(?:0*[1-9][0-9]{0,39}(?:\.[0-9]*)?|0*\.0{0,39}[1-9][0-9]*|0+(?:\.0{0,40})?"
        rf"|\.0{{1,40}}|[1-9](?:\.[0-9]*)?{_EXPONENT}|0{_EXPONENT})"
    ),
    "NonNegativeDecimal": (
        r"\+?(?:0*[1-9][0-9]{0,39}(?:\.[0-9]*)?|0*\.0{0,39}[1-9][0-9]*|0+(?:\.0{0,40})?"
        rf"|\.0{{1,40}}|[1-9](?:\.[0-9]*)?{_EXPONENT}|0{_EXPONENT})"
    ),
    "Fraction": r"[+-]?[0-9]{1,40}(?:/[0-9]{1,40})?",
    "date": r"[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])",
    "PartialDate": r"[0-9]{4}(?:-Q[1-4]|-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?)?",
    "StockListing": r"[A-Z][A-Z0-9]{1,9}:[A-Z0-9][A-Z0-9.\-]{0,11}",
    "FiscalPeriod": r"[a-z0-9]+(?:-[a-z0-9]+)* FY[0-9]{4}(?:-Q[1-4]|-H[12])?(?: \([^()]+\))?",
}
#: The longest text a value written as text may have.
LONGEST_TEXT: Final = 100
_MATCH: Final = {name: re.compile(pattern).fullmatch for name, pattern in PATTERNS.items()}


class QuantityType:
    """Stands for ``pint.Quantity`` in resolved annotations, so pint is imported only when a
    document holds a quantity."""

    def __class_getitem__(cls, item: object) -> type[QuantityType]:
        return cls  # "Quantity[Any]" resolves to the marker itself


_NONE = type(None)
_VALUE_TYPES: Final = frozenset({Decimal, Money, Approx, QuantityType, _NONE})
_QUALIFIERS: Final = frozenset(get_args(Qualifier))
_MONEY_KEYS: Final = frozenset({"amount", "currency"})
_QUANTITY_KEYS: Final = frozenset({"magnitude", "unit"})
_APPROX_KEYS: Final = frozenset(
    {"value", "qualifier", "low", "high", "low_open", "high_open", "tolerance"}
)
_ANY_VALUE: Final = frozenset({Decimal, Money, QuantityType})
# Writing a slot through its descriptor is the fastest way to fill a frozen attrs object.
_new: Final = object.__new__
_APPROX_SETTERS: Final = tuple(
    vars(Approx)[name].__set__
    for name in ("value", "qualifier", "low", "high", "tolerance", "low_open", "high_open")
)
# An Approx's bounds as a document writes them: low, high, and whether each is open (None when
# the document leaves that to Approx).
_Bounds = tuple[Any, Any, bool | None, bool | None]
_DESCRIPTIONS: Final = {
    Decimal: "a number as a string",
    Money: '{"amount", "currency"}',
    QuantityType: '{"magnitude", "unit"}',
    Approx: '{"value", "qualifier", ...}',
    _NONE: "null",
}


def register_values(converter: cattrs.Converter) -> None:
    """Register the hooks of every scalar and value type, and of unions of values."""
    for cls, unstructure, structure in _SCALARS:
        converter.register_unstructure_hook(cls, unstructure)
        converter.register_structure_hook(cls, structure)
    for cls in (Money, Approx, QuantityType):
        converter.register_unstructure_hook(cls, write_value)
        converter.register_structure_hook(cls, value_reader(frozenset({cls})))
    converter.register_unstructure_hook_func(is_quantity_class, write_value)
    converter.register_structure_hook_func(
        is_quantity_class, value_reader(frozenset({QuantityType}))
    )
    converter.register_unstructure_hook_func(is_period_union, _write_period)
    converter.register_structure_hook_func(is_period_union, _structure_period)
    converter.register_unstructure_hook_func(is_value_union, write_value)
    converter.register_structure_hook_factory(
        is_value_union, lambda union: value_reader(frozenset(get_args(union)))
    )


def is_value_type(t: Any) -> bool:
    """Whether a resolved annotation holds values: Money, Approx, a quantity or a union of them."""
    return t in (Money, Approx, QuantityType) or is_value_union(t)


def is_value_union(t: Any) -> bool:
    """Whether an annotation is a union of value types (and maybe None), such as ``Amount``."""
    if get_origin(t) not in (Union, types.UnionType):
        return False
    members = set(get_args(t))
    return members <= _VALUE_TYPES and bool(members & {Decimal, Money, Approx, QuantityType})


def is_period_union(t: Any) -> bool:
    """Whether an annotation is a union of a FiscalPeriod and a PartialDate (and maybe None)."""
    if get_origin(t) not in (Union, types.UnionType):
        return False
    members = set(get_args(t))
    return {FiscalPeriod, PartialDate} <= members <= {FiscalPeriod, PartialDate, _NONE}


# --- Scalars ---------------------------------------------------------------------------------


def identity(value: Any) -> Any:
    """The unstructure hook of values JSON holds as they are (str, int, bool)."""
    return value


def structure_str(obj: object, _: object = None) -> str:
    """Check a string."""
    if type(obj) is str:
        return obj
    raise TypeError(f"expected a string, got {shown(obj)}")


def structure_int(obj: object, _: object = None) -> int:
    """Check an integer (a bool is not one)."""
    if type(obj) is int:
        return obj
    raise TypeError(f"expected an integer, got {shown(obj)}")


def structure_bool(obj: object, _: object = None) -> bool:
    """Check true or false."""
    if type(obj) is bool:
        return obj
    raise TypeError(f"expected true or false, got {shown(obj)}")


def _structure_decimal(obj: object, _: object = None) -> Decimal:
    if type(obj) is str:
        return _decimal_from_text(obj)
    raise TypeError(f"expected a number written as a string such as '5576000', got {shown(obj)}")


@functools.lru_cache(maxsize=4096)
def _decimal_from_text(text: str) -> Decimal:
    # Decimals and partial dates are immutable, and documents repeat them: parse each once.
    number = to_decimal(text, name="number")  # too long, not a number or outside the bound
    if _MATCH["Decimal"](text) is None:
        raise ValueError(
            f"number {shown(text)} is not written as a brief writes numbers: ASCII digits with "
            "an optional sign and point and no spaces, such as '5576000' or '-1.5', or '1.5E-7'"
        )
    return number


def _structure_non_negative(obj: object, _: object = None) -> Decimal:
    number = _structure_decimal(obj)
    if number.is_signed():
        raise ValueError(f"expected a number of 0 or more, got {shown(obj)}")
    return number


@functools.lru_cache(maxsize=4096)
def _partial_date(text: str) -> PartialDate:
    return PartialDate.parse(text)


@functools.lru_cache(maxsize=4096)
def _partial_date_text(value: PartialDate) -> str:
    # Looking a repeated date up costs a sixth of formatting it again.
    return value.isoformat()


@functools.lru_cache(maxsize=4096)
def _fiscal_period(text: str) -> FiscalPeriod:
    return FiscalPeriod.parse(text)


def _write_period(value: FiscalPeriod | PartialDate | None) -> str | None:
    if value is None:
        return None
    return str(value) if type(value) is FiscalPeriod else _partial_date_text(value)


def _structure_period(obj: object, _: object = None) -> FiscalPeriod | PartialDate | None:
    # A fiscal period names its company ("nvidia FY2026-Q2"); a partial date is ISO digits.
    if obj is None:
        return None
    expected = "a date such as '2025-Q2' or 'nvidia FY2026-Q2'"
    if type(obj) is not str:
        raise TypeError(f"expected {expected}, got {shown(obj)}")
    kind = "FiscalPeriod" if " FY" in obj else "PartialDate"
    if not _MATCH[kind](obj):
        raise ValueError(f"expected {expected}, got {shown(obj)}")
    return _fiscal_period(obj) if kind == "FiscalPeriod" else _partial_date(obj)


def _structure_text(
    parse: Callable[[str], Any], what: str, pattern: str
) -> Callable[[object, object], Any]:
    matches = _MATCH[pattern]

    def structure(obj: object, _: object = None) -> Any:
        if type(obj) is not str:
            raise TypeError(f"expected {what} as a string, got {shown(obj)}")
        if not matches(obj):
            raise ValueError(f"expected {what}, got {shown(obj)}")
        return parse(obj)

    return structure


def shown(obj: object) -> str:
    """A value in an error message: shortened, and never nested deeply (reprlib's limits)."""
    return _SHORT_REPR.repr(obj)


def _short_repr() -> reprlib.Repr:
    short = reprlib.Repr()
    short.maxstring = short.maxother = 60
    return short


_SHORT_REPR: Final = _short_repr()


def _structure_names(obj: object, _: object = None) -> Names:
    names = mapping(obj, {"primary", "aliases"}, "names")
    return Names(
        mapping(names.get("primary"), None, "primary names"),
        aliases=mapping(names.get("aliases", {}), None, "aliases"),
    )


def _unstructure_names(names: Names) -> dict[str, Any]:
    result: dict[str, Any] = {"primary": dict(names.primary)}
    if names.aliases:
        result["aliases"] = names.alias_map()
    return result


def _structure_translations(obj: object, _: object = None) -> Translations:
    return Translations(mapping(obj, None, "translations"))


def _unstructure_translations(translations: Translations) -> dict[str, str]:
    return dict(translations.texts)


_SCALARS: Final[tuple[tuple[type, Callable[[Any], Any], Callable[[Any, Any], Any]], ...]] = (
    (Decimal, str, _structure_decimal),
    (str, identity, structure_str),
    (int, identity, structure_int),
    (bool, identity, structure_bool),
    (Fraction, str, _structure_text(to_ratio, "a ratio such as '1/7'", "Fraction")),
    (
        date,
        date.isoformat,
        _structure_text(date.fromisoformat, "a date such as '2025-01-27'", "date"),
    ),
    (
        PartialDate,
        _partial_date_text,
        _structure_text(_partial_date, "a date such as '2023-07'", "PartialDate"),
    ),
    (
        FiscalPeriod,
        str,
        _structure_text(
            _fiscal_period, "a fiscal period such as 'nvidia FY2026-Q2'", "FiscalPeriod"
        ),
    ),
    (
        StockListing,
        str,
        _structure_text(StockListing.parse, "a listing such as 'NASDAQ:NVDA'", "StockListing"),
    ),
    (Names, _unstructure_names, _structure_names),
    (Translations, _unstructure_translations, _structure_translations),
)


# --- Values: Decimal, Money, quantities and Approx ------------------------------------------


def write_value(value: Any) -> Any:
    """The JSON of a Decimal, Money, pint quantity, Approx or None."""
    kind = type(value)
    if kind is Decimal:
        return str(value)
    if kind is Money:
        return {"amount": str(value.amount), "currency": value.currency}
    if kind is Approx:
        low, high = value.low, value.high
        result = {
            "value": write_value(value.value),
            "qualifier": value.qualifier,
            "low": None if low is None else str(magnitude(low)),
            "high": None if high is None else str(magnitude(high)),
            "low_open": value.low_open,
            "high_open": value.high_open,
        }
        if value.tolerance is not None:
            result["tolerance"] = str(value.tolerance)
        return result
    if value is None:
        return None
    if is_quantity(value):
        return {"magnitude": str(magnitude(value)), "unit": as_units(value)}
    raise TypeError(
        f"cannot write {value!r} as a value; expected Decimal, Money, a quantity or Approx"
    )


def value_reader(allowed: frozenset[type]) -> Callable[..., Any]:
    """A structure hook reading any of the ``allowed`` value types (None among them)."""

    def structure(obj: object, _: object = None) -> Any:
        return read_value(obj, allowed)

    return structure


def read_value(obj: object, allowed: frozenset[type]) -> Any:
    """Read one of the ``allowed`` value types, told apart by the JSON's own shape."""
    if isinstance(obj, dict):
        if "qualifier" in obj and Approx in allowed:
            return _read_approx(obj, allowed)
        if "currency" in obj and Money in allowed:
            return _read_money(obj)
        if "unit" in obj and QuantityType in allowed:
            quantity = mapping(obj, _QUANTITY_KEYS, "quantity")
            return _quantity(_structure_decimal(quantity.get("magnitude")), quantity.get("unit"))
    elif type(obj) is str or type(obj) is int:
        if Decimal in allowed:
            return _structure_decimal(obj)
    elif obj is None and _NONE in allowed:
        return None
    raise TypeError(f"expected {_describe(allowed)}, got {shown(obj)}")


def _read_money(obj: dict[str, Any]) -> Money:
    if not obj.keys() <= _MONEY_KEYS:
        mapping(obj, _MONEY_KEYS, "money")  # raises, naming the unexpected keys
    amount = _structure_decimal(obj.get("amount"))
    return Money._trusted(amount, _currency(obj.get("currency")))


def _currency(obj: object) -> str:
    """An ISO 4217 code exactly as written: "usd" is not read as "USD"."""
    code = structure_str(obj)
    if code in known_currencies():
        return code
    upper = validate_currency(code)  # an unknown code: its error, with the closest codes
    raise ValueError(f"currency {shown(code)} must be written as its ISO 4217 code, {upper!r}")


def _read_approx(obj: dict[str, Any], allowed: frozenset[type]) -> Approx[Any]:
    """An Approx from its JSON object: each field read and checked, then the Approx built."""
    if not obj.keys() <= _APPROX_KEYS:
        mapping(obj, _APPROX_KEYS, "approx")  # raises, naming the unexpected keys
    get = obj.get
    value = read_value(get("value"), _approximated(allowed))
    low, high = _read_bound(value, get("low")), _read_bound(value, get("high"))
    low_open, high_open = get("low_open"), get("high_open")
    _check_written(obj)
    qualifier: Any = get("qualifier")
    _check_qualifier(qualifier)
    bounds = (low, high, low_open, high_open)
    if low_open is None or high_open is None:
        return _derived_approx(value, qualifier, bounds, get("tolerance"))
    return _written_approx(value, qualifier, bounds, get("tolerance"))


def _read_bound(like: Any, written: object) -> Any:
    """A bound as written (a number), made the same kind of value as ``like``."""
    return None if written is None else _rebuild(like, _structure_decimal(written))


def _check_written(obj: dict[str, Any]) -> None:
    """The open flags are true or false and a tolerance a number when written: null is no
    way to leave one out (leave the key out instead)."""
    for key in ("low_open", "high_open"):
        if key in obj and type(obj[key]) is not bool:
            raise TypeError(f"{key} must be true or false, got {shown(obj[key])}")
    if "tolerance" in obj and obj["tolerance"] is None:
        raise TypeError("tolerance must be a number written as a string, got None")


def _check_qualifier(qualifier: object) -> None:
    if qualifier not in _QUALIFIERS:
        raise ValueError(f"qualifier {qualifier!r} is not one of {sorted(_QUALIFIERS)}")


def _derived_approx(
    value: Any, qualifier: Qualifier, bounds: _Bounds, tolerance: object
) -> Approx[Any]:
    """Without both open flags the bounds are not fully written: let Approx derive them."""
    low, high, low_open, high_open = bounds
    return Approx(
        value,
        qualifier,
        low=low,
        high=high,
        tolerance=None if tolerance is None else _tolerance(qualifier, tolerance),
        low_open=low_open,
        high_open=high_open,
    )


def _written_approx(
    value: Any, qualifier: Qualifier, bounds: _Bounds, tolerance: object
) -> Approx[Any]:
    """Everything Approx would derive is written: set the fields directly (fast).

    Only after the one check Approx itself makes of them, that ``low`` is not above ``high``.
    """
    low, high, low_open, high_open = bounds
    if low is not None and high is not None and magnitude(low) > magnitude(high):
        raise ValueError(f"low {low!r} is above high {high!r}")
    if tolerance is not None:
        tolerance = _tolerance(qualifier, tolerance)
    approx: Approx[Any] = _new(Approx)
    set_value, set_qualifier, set_low, set_high, set_tolerance, set_low_open, set_high_open = (
        _APPROX_SETTERS
    )
    set_value(approx, value)
    set_qualifier(approx, qualifier)
    set_low(approx, low)
    set_high(approx, high)
    set_tolerance(approx, tolerance)
    set_low_open(approx, low_open)
    set_high_open(approx, high_open)
    return approx


def _tolerance(qualifier: Qualifier, written: object) -> Decimal:
    """A tolerance as Approx takes it: 0 or more, 1 at most for "nearly", only for "about" and
    "nearly" (the check Approx itself makes when built directly)."""
    tolerance = _structure_non_negative(written)
    if qualifier not in ("about", "nearly") or (qualifier == "nearly" and tolerance > 1):
        raise ValueError(
            f"tolerance {written!r} does not fit qualifier {qualifier!r}: a tolerance is for "
            "'about' (0 or more) and 'nearly' (0 to 1) only"
        )
    return tolerance


@functools.cache
def _approximated(allowed: frozenset[type]) -> frozenset[type]:
    inner = (allowed - {Approx, _NONE}) or _ANY_VALUE
    if Money in allowed and len(inner) == 1:
        return frozenset({Money})  # an amount: the approximate value must be money too
    return inner


def _rebuild(like: Any, magnitude: Decimal) -> Any:
    if type(like) is Money:
        return Money._trusted(magnitude, like.currency)
    if type(like) is Decimal:
        return magnitude
    return _quantity(magnitude, as_units(like))


def _quantity(magnitude: Decimal, unit: object) -> Any:
    if type(unit) is not str:
        raise TypeError(f"a quantity's unit must be a string such as 'token', got {unit!r}")
    return Q_(magnitude, unit)


def _describe(allowed: frozenset[type]) -> str:
    return " or ".join(text for t, text in _DESCRIPTIONS.items() if t in allowed)


def mapping(obj: object, keys: set[str] | frozenset[str] | None, what: str) -> Mapping[str, Any]:
    """Check a JSON object holding only ``keys`` (any keys when None)."""
    if not isinstance(obj, dict):
        raise TypeError(f"expected {what} as a JSON object, got {shown(obj)}")
    if keys is not None and not obj.keys() <= keys:
        extra = sorted(set(obj) - keys)
        raise ValueError(f"unexpected keys {extra} in {what}; expected only {sorted(keys)}")
    return obj
