"""The JSON Schema (draft 2020-12) of brief documents, built from the attrs classes."""

from __future__ import annotations

import re
import types
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any, Final, Literal, Union, get_args, get_origin

import attrs

from aibrief._brief.document import FORMAT, VERSION
from aibrief._core.currency import known_currencies
from aibrief._core.decimal import BOUND_DIGITS
from aibrief._dates.fiscal_period import FiscalPeriod
from aibrief._dates.partial_date import PartialDate
from aibrief._models.entities import ENTITY_TYPES, StockListing
from aibrief._models.facts import FACT_KINDS, Fact, fact_kinds
from aibrief._models.ids import (
    REF,
    check_country,
    check_language,
    check_optional_slug,
    check_optional_text,
    check_slug,
    check_text,
    country_codes,
)
from aibrief._models.names import Names, Translations
from aibrief._models.provenance import Source
from aibrief._money.money import Money
from aibrief._quantities.approx import Approx
from aibrief._serialization.converter import QuantityType, resolve
from aibrief._serialization.values import LONGEST_TEXT, PATTERNS

__all__ = ["brief_schema"]

Schema = dict[str, Any]


def _anchored(pattern: str) -> str:
    # "$" also matches before a final newline in Python's re, which the jsonschema package
    # uses; "(?!\n)" makes both it and ECMA-262 regexes match the whole string only, as the
    # loader's fullmatch does.
    return f"^(?:{pattern})$(?!\\n)"


def _text(name: str, description: str | None = None) -> Schema:
    """A value written as text: the loader's own pattern for it, and at most 100 characters."""
    schema: Schema = {"type": "string", "pattern": _anchored(PATTERNS[name])}
    if description:
        schema["description"] = description
    return schema | {"maxLength": LONGEST_TEXT}


_LANGUAGE: Final = _anchored(r"[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?")
_QUALIFIERS: Final = ["exact", "about", "over", "at_least", "nearly", "under", "up_to", "range"]
_NULLABLE_DECIMAL: Final = {"anyOf": [{"$ref": "#/$defs/Decimal"}, {"type": "null"}]}
_BOUND_DESCRIPTION: Final = (
    f"an exact decimal, between 1E-{BOUND_DIGITS} and 1E+{BOUND_DIGITS} in size or zero"
)

# The value types, each written the same way everywhere.
_BASE_DEFS: Final[dict[str, Schema]] = {
    "Id": {"type": "string", "pattern": _anchored(r"[a-z0-9]+(-[a-z0-9]+)*")},
    "Decimal": _text("Decimal", _BOUND_DESCRIPTION),
    "NonNegativeDecimal": _text("NonNegativeDecimal", _BOUND_DESCRIPTION + ", not negative"),
    "Fraction": _text("Fraction"),
    "PartialDate": _text("PartialDate"),
    "FiscalPeriod": _text(
        "FiscalPeriod",
        "a company's fiscal year, half or quarter, with its calendar's rule unless the "
        "calendar is built in",
    ),
    "StockListing": _text("StockListing"),
    "Money": {
        "type": "object",
        "properties": {
            "amount": {"$ref": "#/$defs/Decimal"},
            "currency": {"enum": sorted(known_currencies())},
        },
        "required": ["amount", "currency"],
        "additionalProperties": False,
    },
    "Quantity": {
        "type": "object",
        "properties": {"magnitude": {"$ref": "#/$defs/Decimal"}, "unit": {"type": "string"}},
        "required": ["magnitude", "unit"],
        "additionalProperties": False,
    },
    "Approx": {
        "type": "object",
        "description": "low and high are magnitudes in the unit (or currency) of value",
        "properties": {
            "value": {
                "anyOf": [{"$ref": f"#/$defs/{name}"} for name in ("Decimal", "Money", "Quantity")]
            },
            "qualifier": {"enum": _QUALIFIERS},
            "low": _NULLABLE_DECIMAL,
            "high": _NULLABLE_DECIMAL,
            "low_open": {"type": "boolean"},
            "high_open": {"type": "boolean"},
            "tolerance": {"$ref": "#/$defs/NonNegativeDecimal"},
        },
        "required": ["value", "qualifier"],
        "additionalProperties": False,
        "allOf": [
            {  # a range states both its ends
                "if": {"properties": {"qualifier": {"const": "range"}}},
                "then": {
                    "required": ["low", "high"],
                    "properties": {"low": {"type": "string"}, "high": {"type": "string"}},
                },
            },
            {  # a tolerance widens "about" and "nearly" only
                "if": {"required": ["tolerance"]},
                "then": {"properties": {"qualifier": {"enum": ["about", "nearly"]}}},
            },
        ],
    },
    "Names": {
        "type": "object",
        "properties": {
            "primary": {
                "type": "object",
                "propertyNames": {"pattern": _LANGUAGE},
                "additionalProperties": {"type": "string", "pattern": r"\S"},
                "minProperties": 1,
            },
            "aliases": {
                "type": "object",
                "propertyNames": {"pattern": _LANGUAGE},
                "additionalProperties": {
                    "type": "array",
                    "items": {"type": "string", "pattern": r"\S"},
                },
            },
        },
        "required": ["primary"],
        "additionalProperties": False,
    },
    "Translations": {
        "type": "object",
        "description": "the same words in other languages, by BCP 47 language tag",
        "propertyNames": {"pattern": _LANGUAGE},
        "additionalProperties": {"type": "string", "minLength": 1},
        "minProperties": 1,
    },
}
_NAMED: Final[dict[Any, str]] = {
    Decimal: "Decimal",
    Fraction: "Fraction",
    PartialDate: "PartialDate",
    FiscalPeriod: "FiscalPeriod",
    StockListing: "StockListing",
    Money: "Money",
    QuantityType: "Quantity",
    Approx: "Approx",
    Names: "Names",
    Translations: "Translations",
}
_UNSAFE: Final = re.compile(r"[^A-Za-z0-9_.]")
_PRIMITIVE: Final[dict[Any, Schema]] = {
    str: {"type": "string"},
    int: {"type": "integer", "minimum": 1 - 10**BOUND_DIGITS, "maximum": 10**BOUND_DIGITS - 1},
    bool: {"type": "boolean"},
    type(None): {"type": "null"},
    date: {"type": "string", "format": "date"} | _text("date"),
}


def brief_schema() -> Schema:
    """The schema of a brief document, every fact kind and entity type registered now included."""
    defs = _Defs({name: dict(schema) for name, schema in _BASE_DEFS.items()})
    fact_kinds()  # make sure the built-in kinds are registered
    facts = [_class_ref(cls, defs, ("kind", cls.kind)) for cls in FACT_KINDS.classes().values()]
    entities = [
        _class_ref(cls, defs, ("type", cls.entity_type)) for cls in ENTITY_TYPES.classes().values()
    ]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "aibrief brief document",
        "type": "object",
        "properties": {
            "format": {"const": FORMAT},
            "version": {"const": VERSION},
            "sources": {"type": "array", "items": _class_ref(Source, defs)},
            "entities": {"type": "array", "items": {"oneOf": entities}},
            "facts": {"type": "array", "items": {"oneOf": facts}},
        },
        "required": ["format", "version"],
        "additionalProperties": False,
        "$defs": defs,
    }


class _Defs(dict[str, Schema]):
    """The ``$defs`` of a schema being built, and the class each definition describes."""

    def __init__(self, schemas: dict[str, Schema]) -> None:
        super().__init__(schemas)
        self.owners: dict[str, type] = {}

    def name_of(self, cls: type) -> str:
        """The class's name, unless a value type or another class (a user's kind named like a
        built-in one) has it: then its module and qualified name, as a JSON pointer allows."""
        name = cls.__name__
        if name in _BASE_DEFS or self.owners.get(name, cls) is not cls:
            return _UNSAFE.sub("_", f"{cls.__module__}.{cls.__qualname__}")
        return name


def _class_ref(cls: type, defs: _Defs, tag: tuple[str, str] | None = None) -> Schema:
    name = defs.name_of(cls)
    if name not in defs:
        defs.owners[name] = cls
        defs[name] = {}  # reserved first, so recursive classes terminate
        defs[name] = _class_schema(cls, defs, tag)
    return {"$ref": f"#/$defs/{name}"}


def _class_schema(cls: type, defs: _Defs, tag: tuple[str, str] | None) -> Schema:
    resolve(cls)
    properties: dict[str, Schema] = {}
    required: list[str] = []
    if tag is not None:
        properties[tag[0]] = {"const": tag[1]}
        required.append(tag[0])
    for field in attrs.fields(cls):
        if not field.init:
            continue
        is_id = REF in field.metadata or field.validator in (check_slug, check_optional_slug)
        properties[field.name] = _field_schema(field.type, is_id, defs)
        if field.name == "citations" and issubclass(cls, Fact):  # every fact cites its words
            properties[field.name]["minItems"] = 1
        properties[field.name] |= _checked(field.validator)
        if field.default is attrs.NOTHING:
            required.append(field.name)
    doc = (cls.__doc__ or "").strip().splitlines()
    return {
        "type": "object",
        **({"description": doc[0]} if doc else {}),
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }


def _checked(validator: object) -> Schema:
    """What a field's validator checks, where JSON Schema can say it ("pattern" applies to
    strings only, so an optional field's null stays allowed)."""
    if validator in (check_text, check_optional_text) or getattr(validator, "__name__", "") in (
        "_phrase",
    ):
        return {"pattern": r"\S"}  # some text, not only spaces
    if validator is check_language:
        return {"pattern": _LANGUAGE}
    if validator is check_country:
        return {"enum": [*sorted(country_codes()), None]}
    return {}


def _approx_of(members: tuple[Any, ...]) -> Schema:
    """An Approx whose value is one of the union's other value types, as the loader reads it
    (an amount's Approx approximates Money), or any value when the union has none."""
    values = [_NAMED[member] for member in members if member in (Decimal, Money, QuantityType)]
    if not values:
        return {"$ref": "#/$defs/Approx"}
    value = {"anyOf": [{"$ref": f"#/$defs/{name}"} for name in values]}
    return {"allOf": [{"$ref": "#/$defs/Approx"}, {"properties": {"value": value}}]}


def _field_schema(t: Any, is_ref: bool, defs: _Defs) -> Schema:
    origin = get_origin(t)
    if is_ref and t is str:
        return {"$ref": "#/$defs/Id"}
    if origin in (Union, types.UnionType):
        members = get_args(t)
        if Approx in members:  # an Approx here approximates the union's other values only
            return {
                "anyOf": [
                    _approx_of(members) if member is Approx else _field_schema(member, is_ref, defs)
                    for member in members
                ]
            }
        return {"anyOf": [_field_schema(member, is_ref, defs) for member in members]}
    if origin is Literal:
        return {"enum": list(get_args(t))}
    if origin is tuple:
        item = get_args(t)[0]
        return {"type": "array", "items": _field_schema(item, is_ref, defs)}
    if t in _NAMED:
        return {"$ref": f"#/$defs/{_NAMED[t]}"}
    if t in _PRIMITIVE:
        return dict(_PRIMITIVE[t])
    if attrs.has(t):
        return _class_ref(t, defs)
    return {}
