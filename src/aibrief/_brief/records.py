"""Facts and entities as flat rows, and as pandas DataFrames for notebook users."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal, get_args

import attrs

from aibrief._brief.kinds import kind_class
from aibrief._core import extras
from aibrief._core.types import is_quantity
from aibrief._dates.fiscal_period import FiscalPeriod
from aibrief._dates.partial_date import PartialDate
from aibrief._models.entities import Entity, Place, StockListing
from aibrief._models.facts import Comparison
from aibrief._models.names import Names, Translations
from aibrief._models.provenance import Citation
from aibrief._money.money import Money
from aibrief._quantities.approx import Approx
from aibrief._quantities.magnitude import magnitude
from aibrief._serialization.converter import QuantityType, converter, is_value_type, resolve
from aibrief._units.registry import as_units
from aibrief.errors import InvalidArgumentError

if TYPE_CHECKING:
    import pandas

    from aibrief._brief.brief import Brief

__all__ = ["frame", "records"]


def records(brief: Brief, kind: type | str) -> list[dict[str, Any]]:
    """Flat rows for the facts or entities of one kind (a class or its tag)."""
    cls = kind_class(kind)
    tag_key, tag = (
        ("type", cls.entity_type)
        if issubclass(cls, Entity)
        else ("kind", getattr(cls, "kind", None))
    )
    items: tuple[Any, ...] = brief.of_kind(cls)
    return [_row(item, tag_key, tag) for item in items]


def frame(
    brief: Brief, kind: type | str, *, amounts: Literal["decimal", "float"] = "decimal"
) -> pandas.DataFrame:
    """The rows of :func:`records` as a DataFrame, with every column even when empty.

    A partial date keeps its text and gains ``<name>_start`` and ``<name>_end``
    (``datetime64``); text is pandas' ``string``, whole numbers ``Int64``, amounts Decimal
    (or ``Float64`` with ``amounts="float"``), and ``<NA>`` marks every missing value.
    """
    pd = extras.load("pandas", needed_by="to_frame (or to_records, which needs nothing)")
    if amounts not in ("decimal", "float"):
        message = f"amounts={amounts!r} is not an option; pass 'decimal' or 'float'"
        raise InvalidArgumentError(message, name="amounts", value=amounts)
    cls = kind_class(kind)
    rows = records(brief, cls)
    columns = list(_columns(cls))
    for row in rows:
        columns += [name for name in row if name not in columns]
    table = pd.DataFrame.from_records(rows, columns=columns)
    for name in _date_fields(cls, brief.of_kind(cls)):
        _add_date_range(pd, table, name)
    for name in list(table.columns):
        table[name] = _typed(pd, table[name], amounts)
    return table


def _date_fields(cls: type, items: tuple[Any, ...]) -> list[str]:
    """The fields of ``cls`` that hold partial dates."""
    names = []
    for field in attrs.fields(cls):
        declared = set(get_args(field.type)) or {field.type}
        holds = any(isinstance(getattr(item, field.name), PartialDate) for item in items)
        if field.init and (PartialDate in declared or holds):
            names.append(field.name)
    return names


def _add_date_range(pd: Any, table: Any, name: str) -> None:
    if f"{name}_start" in table.columns:
        # A field that may hold a fiscal period has its days as columns already (its text,
        # "nvidia FY2026-Q2", is no ISO date): make them datetime64 like the others.
        for end in ("start", "end"):
            column = table[f"{name}_{end}"]
            table[f"{name}_{end}"] = pd.to_datetime(column.astype(object)).astype("datetime64[s]")
        return
    dates = [None if pd.isna(text) else PartialDate.parse(text) for text in table[name]]
    position = table.columns.get_loc(name) + 1
    for offset, end in enumerate(("start", "end")):
        days = [None if d is None else getattr(d, end) for d in dates]
        table.insert(position + offset, f"{name}_{end}", pd.to_datetime(pd.Series(days, dtype=object, index=table.index)).astype("datetime64[s]"))  # fmt: skip


def _typed(pd: Any, column: Any, amounts: str) -> Any:
    """The column in the nullable dtype its values call for, with NA for every missing one."""
    if column.dtype.kind == "M":
        return column
    present = [value for value in column.tolist() if not _missing(pd, value)]
    kinds = {type(value) for value in present}
    if not present or kinds <= {str}:
        return column.astype("string")
    if kinds <= {int}:
        return column.astype("Int64")
    if kinds <= {Decimal, int}:
        if amounts == "float":
            return column.astype(object).where(column.notna(), None).astype("Float64")
        return column.astype(object).where(column.notna(), pd.NA)
    if kinds <= {bool}:
        return column.astype("boolean")
    return column.astype(object).where(column.notna(), pd.NA) if column.dtype == object else column


def _missing(pd: Any, value: Any) -> bool:
    return value is None or (not isinstance(value, tuple | dict | list) and bool(pd.isna(value)))


def _columns(cls: type) -> list[str]:
    # An empty row built from the field types, so an empty table still has its columns.
    resolve(cls)
    names = ["type" if issubclass(cls, Entity) else "kind"]
    for field in attrs.fields(cls):
        if field.init:
            names += list(_cells(field.name, None, field.type))
    return names


def _row(item: Any, tag_key: str, tag: str | None) -> dict[str, Any]:
    resolve(type(item))
    row: dict[str, Any] = {tag_key: tag}
    for field in attrs.fields(type(item)):
        if field.init:
            row.update(_cells(field.name, getattr(item, field.name), field.type))
    return row


def _cells(name: str, value: Any, declared: Any) -> dict[str, Any]:
    members = set(get_args(declared)) or {declared}
    if is_value_type(declared) or isinstance(value, Money | Approx):
        return _value_cells(name, value, members)
    if Place in members or isinstance(value, Place):
        return {
            f"{name}_{part}": getattr(value, part, None) for part in ("city", "region", "country")
        }
    if FiscalPeriod in members or isinstance(value, FiscalPeriod):
        # A fiscal period's days are not in its name: give them as columns of their own.
        period = value if isinstance(value, FiscalPeriod | PartialDate) else None
        return {
            name: None if period is None else str(period),
            f"{name}_start": None if period is None else period.start,
            f"{name}_end": None if period is None else period.end,
        }
    if isinstance(value, PartialDate):
        return {name: str(value)}
    if isinstance(value, Names):
        return {name: dict(value.primary)}
    if isinstance(value, Translations):
        return {name: dict(value.texts)}
    if isinstance(value, tuple) and value and isinstance(value[0], Citation):
        return {
            "sources": tuple(c.source for c in value),
            "phrases": tuple(c.phrase for c in value),
        }
    if name == "citations":
        return {"sources": (), "phrases": ()}
    if isinstance(value, tuple) and value and isinstance(value[0], Comparison):
        return {name: {c.to: c.ratio for c in value}}
    if isinstance(value, tuple) and value and isinstance(value[0], StockListing):
        return {name: tuple(str(v) for v in value)}
    if isinstance(value, tuple) and value and attrs.has(type(value[0])):
        return {name: converter().unstructure(value)}
    return {name: value}


def _value_cells(name: str, value: Any, allowed: set[Any]) -> dict[str, Any]:
    cells: dict[str, Any] = {name: None}
    if Money in allowed or isinstance(value, Money) or _approx_of(value, Money):
        cells[f"{name}_currency"] = None
    if QuantityType in allowed or is_quantity(value) or _approx_of(value, None):
        cells[f"{name}_unit"] = None
    if Approx in allowed or isinstance(value, Approx):
        cells |= {f"{name}_qualifier": None, f"{name}_low": None, f"{name}_high": None}
    exact = value.value if isinstance(value, Approx) else value
    if exact is not None:
        cells[name] = magnitude(exact)
        if isinstance(exact, Money):
            cells[f"{name}_currency"] = exact.currency
        elif is_quantity(exact):
            cells[f"{name}_unit"] = as_units(exact)
    if isinstance(value, Approx):
        cells[f"{name}_qualifier"] = value.qualifier
        cells[f"{name}_low"] = None if value.low is None else magnitude(value.low)
        cells[f"{name}_high"] = None if value.high is None else magnitude(value.high)
    elif value is not None and f"{name}_qualifier" in cells:
        cells[f"{name}_qualifier"] = "exact"
        cells[f"{name}_low"] = cells[f"{name}_high"] = cells[name]
    return cells


def _approx_of(value: Any, kind: type | None) -> bool:
    if not isinstance(value, Approx):
        return False
    return isinstance(value.value, Money) if kind is Money else is_quantity(value.value)
