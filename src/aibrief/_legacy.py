"""The private module paths of aibrief 0.1, kept importable for one release (until 0.3).

Pickles name the module of each class they hold (``aibrief._approx.Approx``); aibrief 0.2 moved
every private module into a package. :func:`install` puts a finder on :data:`sys.meta_path`
that answers each old path with the module that now holds its code, so a pickle made by 0.1
still loads. Old paths that are now packages (``aibrief._money``, ``aibrief._brief``,
``aibrief._claims``) re-export their classes instead.

>>> import importlib, aibrief
>>> importlib.import_module("aibrief._approx").Approx is aibrief.Approx
True
"""

from __future__ import annotations

import importlib
import sys
from importlib.machinery import ModuleSpec
from types import ModuleType
from typing import Final

__all__ = ["MOVED", "install"]

#: Each old private module and the module that holds its code now.
MOVED: Final[dict[str, str]] = {
    "aibrief._approx": "aibrief._quantities.approx",
    "aibrief._arithmetic": "aibrief._quantities.arithmetic",
    "aibrief._checks": "aibrief._brief.checks",
    "aibrief._claim_equivalence": "aibrief._claims.equivalence",
    "aibrief._claim_figures": "aibrief._claims.figures",
    "aibrief._claim_ranking": "aibrief._claims.ranking",
    "aibrief._claim_ratios": "aibrief._claims.ratios",
    "aibrief._claim_table": "aibrief._display.claim_table",
    "aibrief._claim_text": "aibrief._claims.text",
    "aibrief._cli_values": "aibrief._cli.values",
    "aibrief._convert": "aibrief._money.conversion",
    "aibrief._currency": "aibrief._core.currency",
    "aibrief._date_parsing": "aibrief._dates.parsing",
    "aibrief._decimal": "aibrief._core.decimal",
    "aibrief._entities": "aibrief._models.entities",
    "aibrief._events": "aibrief._models.events",
    "aibrief._facts": "aibrief._models.facts",
    "aibrief._formatting": "aibrief._writing.formatting",
    "aibrief._ids": "aibrief._models.ids",
    "aibrief._json_classes": "aibrief._serialization.classes",
    "aibrief._json_values": "aibrief._serialization.values",
    "aibrief._lexicon": "aibrief._reading.lexicon",
    "aibrief._names": "aibrief._models.names",
    "aibrief._news_words": "aibrief._writing.words",
    "aibrief._numerals": "aibrief._reading.numerals",
    "aibrief._parsing": "aibrief._reading.parsing",
    "aibrief._partial_date": "aibrief._dates.partial_date",
    "aibrief._plot": "aibrief._display.plot",
    "aibrief._provenance": "aibrief._models.provenance",
    "aibrief._rate_columns": "aibrief.rates.columns",
    "aibrief._rate_io": "aibrief.rates.io",
    "aibrief._rate_sources": "aibrief.rates.sources",
    "aibrief._ratetable": "aibrief.rates.table",
    "aibrief._records": "aibrief._brief.records",
    "aibrief._registry": "aibrief._core.registry",
    "aibrief._scan_fractions": "aibrief._reading.scan.fractions",
    "aibrief._scan_prices": "aibrief._reading.scan.prices",
    "aibrief._scan_ranges": "aibrief._reading.scan.ranges",
    "aibrief._scan_text": "aibrief._reading.scan.scanner",
    "aibrief._scan_vague": "aibrief._reading.scan.vague",
    "aibrief._scan_words": "aibrief._reading.scan.tables",
    "aibrief._scanner": "aibrief._reading.scan.entry",
    "aibrief._schema": "aibrief._brief.schema",
    "aibrief._table": "aibrief._display.table",
    "aibrief._tour": "aibrief._display.tour",
    "aibrief._tour_words": "aibrief._display.tour_words",
    "aibrief._unit_definitions": "aibrief._units.definitions",
}


class _MovedModules:
    """A meta path finder and loader that answers an old path with the new module itself."""

    def find_spec(self, name: str, path: object = None, target: object = None) -> ModuleSpec | None:
        if name not in MOVED:
            return None
        return ModuleSpec(name, self)  # type: ignore[arg-type]  # a loader by protocol

    def __init__(self) -> None:
        self._specs: dict[str, ModuleSpec | None] = {}

    def create_module(self, spec: ModuleSpec) -> ModuleType:
        # The new module object itself, so classes keep one identity under both names.
        module = importlib.import_module(MOVED[spec.name])
        self._specs[module.__name__] = module.__spec__
        return module

    def exec_module(self, module: ModuleType) -> None:
        # Already executed under its new name; the import system has just set the module's
        # __spec__ to the old name's, so give it back its own.
        module.__spec__ = self._specs.pop(module.__name__, module.__spec__)


def install() -> None:
    """Put the finder on :data:`sys.meta_path` once."""
    if not any(isinstance(finder, _MovedModules) for finder in sys.meta_path):
        sys.meta_path.append(_MovedModules())
