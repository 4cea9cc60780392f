"""The package's layout: what the import-linter contracts of pyproject.toml cannot see.

``lint-imports`` (run by .ci/run) checks that layers point one way and that no package's
modules import each other in a cycle. These tests pin the rest of docs/architecture.rst:
how many modules stay flat, how long a module may grow, which imports may hide inside
functions, that names given as strings follow the code they name, and that users see no
change (the public names, old pickles).
"""

from __future__ import annotations

import ast
import importlib
import pickle
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest

import aibrief as ab
from aibrief import _legacy
from aibrief._units import registry

PACKAGE = Path(ab.__file__).parent
DATA = Path(__file__).parent / "data"

#: The public names of aibrief 0.1, before the move into packages: none may disappear.
PUBLIC_NAMES_OF_0_1 = frozenset({
    'AIModel', 'AccessPolicyChange', 'AgeRange', 'AibriefError', 'AmountTypeError',
    'AppRanking', 'Approx', 'AssetsUnderManagement', 'Brief', 'BriefLoadError', 'Citation',
    'ClaimCheck', 'ClaimChecks', 'Comparison', 'CompensationOffer', 'ComputeHolding',
    'Conversion', 'CurrencyMismatchError', 'DateTypeError', 'Degree', 'DevelopmentCost',
    'ENTITY_REF', 'Education', 'Entity', 'ExportAction', 'ExportControl', 'FACT_REF', 'Fact',
    'FieldTypeError', 'FormatError', 'Founding', 'Funding', 'Hardware', 'HardwareKind',
    'InvalidAmountError', 'InvalidArgumentError', 'InvalidFieldError',
    'InvalidPartialDateError', 'Lang', 'MarketMove', 'MergeConflictError', 'Milestone',
    'MissingExtraError', 'MissingPolicy', 'ModelAccess', 'ModelKind', 'ModelRelease', 'Money',
    'NameNotFoundError', 'Names', 'Organization', 'OrganizationKind', 'ParseError',
    'ParseReason', 'ParsedAmount', 'PartialDate', 'PayPeriod', 'PerformanceComparison',
    'PerformanceRelation', 'Person', 'Place', 'Precision', 'PriceDirection', 'PriceSetting',
    'Problem', 'ProblemCode', 'Q_', 'Qualifier', 'Quote', 'ROUNDING_MODES', 'RateDataError',
    'RateUnavailableError', 'Role', 'Source', 'Spacing', 'StatedAge', 'Statistic',
    'StockListing', 'Style', 'Supply', 'UnitError', 'UnknownCurrencyError', 'UnknownIdError',
    'UnknownKindError', 'VagueMention', 'ValidationError', 'Verdict', 'apply_change',
    'check_claims', 'configure_converter', 'convert', 'convert_many', 'convert_quantity',
    'datasets', 'entity_type', 'fact_kind', 'fact_kinds', 'find_amounts', 'format_amount',
    'fraction_of', 'known_currencies', 'load_pint_units', 'make_converter', 'minor_units',
    'parse_amount', 'parse_date', 'percent_change', 'percent_of', 'percentage_point_change',
    'plot_statistic', 'plot_timeline', 'rates', 'times', 'ureg', 'validate_currency',
    'whole_from_part',
})  # fmt: skip

#: The most modules left flat in src/aibrief, and the longest a module may grow.
MAX_FLAT_MODULES = 12
MAX_MODULE_LINES = 600
#: The most imports of aibrief's own modules inside functions (for laziness only).
MAX_DEFERRED_IMPORTS = 30
#: Where such imports may stand: the command line, so that `aibrief convert` starts fast.
DEFERRING_PACKAGES = frozenset({"aibrief._cli"})
#: And the one lazy import of the library itself: Money loads the conversion machinery (and
#: with it the rate tables' modules) on its first conversion, so reading starts fast.
LAZY_IMPORTS = frozenset({("aibrief._money.money", "aibrief._money.conversion")})


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def _deferred_own_imports() -> list[tuple[str, int, str]]:
    """(module, line, imported) for each import of aibrief inside a function body."""
    found = []
    for name, path in _modules().items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for node in ast.walk(function):
                if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("aibrief"):
                    found.append((name, node.lineno, node.module or ""))
                elif isinstance(node, ast.Import):
                    found += [
                        (name, node.lineno, alias.name)
                        for alias in node.names
                        if alias.name.startswith("aibrief")
                    ]
    return found


def test_few_modules_stay_flat_and_concepts_are_packages() -> None:
    flat = [path.name for path in PACKAGE.glob("*.py")]
    packages = [path.name for path in PACKAGE.iterdir() if (path / "__init__.py").exists()]
    assert len(flat) <= MAX_FLAT_MODULES, sorted(flat)
    assert len(packages) >= 5, sorted(packages)


def test_no_module_is_longer_than_a_newcomer_reads_in_one_sitting() -> None:
    lengths = {
        name: len(path.read_text(encoding="utf-8").splitlines())
        for name, path in _modules().items()
    }
    assert {name: n for name, n in lengths.items() if n > MAX_MODULE_LINES} == {}


def test_imports_inside_functions_are_few_and_only_for_a_fast_command() -> None:
    deferred = _deferred_own_imports()
    assert len(deferred) <= MAX_DEFERRED_IMPORTS, deferred
    outside = [
        d
        for d in deferred
        if not d[0].startswith(tuple(DEFERRING_PACKAGES)) and (d[0], d[2]) not in LAZY_IMPORTS
    ]
    assert outside == []


def test_every_public_name_of_0_1_is_still_exported() -> None:
    assert set(ab.__all__) >= PUBLIC_NAMES_OF_0_1
    for name in PUBLIC_NAMES_OF_0_1:
        assert getattr(ab, name) is not None


def test_a_pickle_made_by_0_1_loads_unchanged() -> None:
    """The fixture was written by aibrief 0.1.0 before the move (its Brief holds every fact of
    the DeepSeek dataset without a pint quantity: 0.1 pickled quantities through pint's
    application registry, which knows none of aibrief's units, so those never loaded)."""
    with (DATA / "before_layout_0.1.0.pickle").open("rb") as file:
        loaded = pickle.load(file)
    assert loaded["money"] == ab.Money("5576000", "USD")
    assert type(loaded["money"]) is ab.Money
    assert loaded["approx"] == ab.Approx(ab.Money("8000000000", "KRW"), "about")
    assert type(loaded["approx"]) is ab.Approx
    brief = loaded["brief"]
    assert type(brief) is ab.Brief
    assert len(brief.facts) == 28
    dataset = ab.datasets.deepseek()
    # 0.1 had no translations, and fewer Chinese names: the pickle's records are the dataset's
    # without them.
    assert len(brief.entities) == len(dataset.entities)
    for old, new in zip(brief.entities, dataset.entities, strict=True):
        assert set(old.names.primary) <= set(new.names.primary)
        assert old == attrs.evolve(_without_translations(new), names=old.names)
    assert set(brief.facts) <= set(map(_without_translations, dataset.facts))
    assert brief.validate() is brief


def _without_translations(record: Any) -> Any:
    changes: dict[str, Any] = {}
    for field in attrs.fields(type(record)):
        value = getattr(record, field.name)
        if field.name.endswith("_in"):
            changes[field.name] = None
        elif attrs.has(type(value)):  # a Place
            changes[field.name] = _without_translations(value)
    return attrs.evolve(record, **changes)


@pytest.mark.parametrize(
    ("cls", "added"),
    [
        (ab.Milestone, "description_in"),
        (ab.Statistic, "metric_in"),
        (ab.Supply, "product_in"),
        (ab.Place, "city_in"),
    ],
)
def test_a_pickle_made_before_a_field_was_added_loads_with_its_default(
    cls: type, added: str
) -> None:
    """Translations came after 0.1: an older pickle's record loads with them as None."""
    record = next(
        item
        for item in (*ab.datasets.deepseek().facts, ab.Place(city="Hangzhou"))
        if type(item) is cls
    )
    state = {name: value for name, value in record.__getstate__().items() if name != added}
    loaded = cls.__new__(cls)
    loaded.__setstate__(state)
    assert getattr(loaded, added) is None
    assert loaded == attrs.evolve(record, **{added: None})


def test_a_brief_with_quantities_pickles_and_loads() -> None:
    brief = ab.datasets.deepseek()
    assert pickle.loads(pickle.dumps(brief)) == brief


@pytest.mark.parametrize(("old", "new"), sorted(_legacy.MOVED.items()))
def test_each_old_module_path_gives_the_module_that_holds_its_code(old: str, new: str) -> None:
    assert importlib.import_module(old) is importlib.import_module(new)
    assert importlib.import_module(new).__spec__.name == new  # type: ignore[union-attr]


def test_old_paths_that_became_packages_still_hold_their_classes() -> None:
    """Pickles of 0.1 name aibrief._money.Money, aibrief._brief.Brief, aibrief._claims...."""
    assert importlib.import_module("aibrief._money").Money is ab.Money
    assert importlib.import_module("aibrief._brief").Brief is ab.Brief
    assert importlib.import_module("aibrief._claims").ClaimCheck is ab.ClaimCheck


def test_pint_defers_to_the_classes_themselves_not_to_names() -> None:
    """pint's upcast map is keyed from the class objects, so moving a class cannot break it."""
    ab.ureg()
    from pint.compat import upcast_type_map

    assert ab.Money in upcast_type_map.values()
    assert ab.Approx in upcast_type_map.values()
    assert registry._deferred_to[:2] == [ab.Money, ab.Approx]
    assert ab.Q_("2", "percent") * ab.Money("100", "USD") == ab.Money("2", "USD")


def test_the_public_homes_name_the_modules_that_define_each_class() -> None:
    """Where a public class says it lives is a real module that defines it."""
    for name in ab.__all__:
        value = getattr(ab, name)
        module = getattr(value, "__module__", None)
        if isinstance(value, type) and module and module.startswith("aibrief"):
            assert getattr(importlib.import_module(module), value.__name__) is value


def test_reading_amounts_loads_no_rate_machinery_until_a_conversion() -> None:
    """find_amounts and Money arithmetic run without the conversion and rate modules; the
    first Money.to loads them, and converts as if they had always been there."""
    code = (
        "import sys, datetime, aibrief as ab\n"
        "found = ab.find_amounts('557만6000달러(약 80억원)')\n"
        "total = ab.Money('1', 'USD') + ab.Money('2', 'USD')\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('aibrief.rates', 'aibrief._money.conversion')))\n"
        "print(loaded, repr(total.to('KRW', on=datetime.date(2025, 1, 27))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout == "[] Money('4296.210826210826210826210826210826', 'KRW')\n"
