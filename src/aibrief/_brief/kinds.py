"""Kinds by class or by tag: ``"market_move"`` and ``ab.MarketMove`` name the same kind.

>>> kind_class("market_move").__name__
'MarketMove'
"""

from __future__ import annotations

from typing import Any

from aibrief._models.entities import ENTITY_TYPES, Entity
from aibrief._models.facts import FACT_KINDS, Fact
from aibrief._models.provenance import Source
from aibrief.errors import InvalidArgumentError, UnknownKindError

__all__ = ["kind_class"]


def kind_class(kind: type[Any] | str) -> type[Any]:
    """The class of a kind: a Fact, Entity or Source class as it is, or the class of a tag."""
    if isinstance(kind, type):
        if issubclass(kind, Fact | Entity | Source):
            return kind
    elif isinstance(kind, str):
        classes = {**FACT_KINDS.classes(), **ENTITY_TYPES.classes()}
        if kind in classes:
            return classes[kind]
        raise UnknownKindError(
            f"unknown fact kind or entity type {kind!r}; expected one of "
            f"{', '.join(sorted(classes))}",
            kind=kind,
            known=sorted(classes),
        ) from FACT_KINDS.unknown(kind)
    message = (
        f"kind {kind!r} is not a class of fact, entity or source, nor the tag of one; "
        "pass e.g. ab.MarketMove or 'market_move'"
    )
    raise InvalidArgumentError(message, name="kind", value=kind)
