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
from aibrief._dates.fiscal_period import FiscalPeriod
from aibrief._dates.partial_date import PartialDate
from aibrief._models.entities import ENTITY_TYPES, StockListing
from aibrief._models.facts import FACT_KINDS, fact_kinds
from aibrief._models.ids import REF
from aibrief._models.names import Names, Translations
from aibrief._models.provenance import Source
from aibrief._money.money import Money
from aibrief._quantities.approx import Approx
from aibrief._serialization.converter import QuantityType, resolve

__all__ = ["brief_schema"]

Schema = dict[str, Any]

_DECIMAL: Final = r"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?$"
_LANGUAGE: Final = r"^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$"
_QUALIFIERS: Final = ["exact", "about", "over", "at_least", "nearly", "under", "up_to", "range"]
_NULLABLE_DECIMAL: Final = {"anyOf": [{"$ref": "#/$defs/Decimal"}, {"type": "null"}]}

# The value types, each written the same way everywhere.
_BASE_DEFS: Final[dict[str, Schema]] = {
    "Id": {"type": "string", "pattern": r"^[a-z0-9]+(-[a-z0-9]+)*$"},
    "Decimal": {"type": "string", "pattern": _DECIMAL, "description": "an exact decimal"},
    "Fraction": {"type": "string", "pattern": r"^[+-]?[0-9]+(/[0-9]+)?$"},
    "PartialDate": {"type": "string", "pattern": r"^[0-9]{4}(-Q[1-4]|-[0-9]{2}(-[0-9]{2})?)?$"},
    "FiscalPeriod": {
        "type": "string",
        "description": "a company's fiscal year, half or quarter, with its calendar's rule "
        "unless the calendar is built in",
        "pattern": r"^[a-z0-9]+(-[a-z0-9]+)* FY[0-9]{4}(-Q[1-4]|-H[12])?( \([^()]+\))?$",
    },
    "StockListing": {
        "type": "string",
        "pattern": r"^[A-Z][A-Z0-9]{1,9}:[A-Z0-9][A-Z0-9.\-]{0,11}$",
    },
    "Money": {
        "type": "object",
        "properties": {
            "amount": {"$ref": "#/$defs/Decimal"},
            "currency": {"type": "string", "pattern": "^[A-Z]{3}$"},
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
            "tolerance": {"$ref": "#/$defs/Decimal"},
        },
        "required": ["value", "qualifier"],
        "additionalProperties": False,
    },
    "Names": {
        "type": "object",
        "properties": {
            "primary": {
                "type": "object",
                "propertyNames": {"pattern": _LANGUAGE},
                "additionalProperties": {"type": "string", "minLength": 1},
                "minProperties": 1,
            },
            "aliases": {
                "type": "object",
                "propertyNames": {"pattern": _LANGUAGE},
                "additionalProperties": {
                    "type": "array",
                    "items": {"type": "string", "minLength": 1},
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
    int: {"type": "integer"},
    bool: {"type": "boolean"},
    type(None): {"type": "null"},
    date: {"type": "string", "format": "date"},
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
        properties[field.name] = _field_schema(field.type, REF in field.metadata, defs)
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


def _field_schema(t: Any, is_ref: bool, defs: _Defs) -> Schema:
    origin = get_origin(t)
    if is_ref and t is str:
        return {"$ref": "#/$defs/Id"}
    if origin in (Union, types.UnionType):
        return {"anyOf": [_field_schema(member, is_ref, defs) for member in get_args(t)]}
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
