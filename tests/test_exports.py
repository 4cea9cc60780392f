"""The package exports exactly its public names, and importing it stays light."""

from __future__ import annotations

import subprocess
import sys

import aibrief as ab


def test_all_names_exist_and_are_unique() -> None:
    assert len(ab.__all__) == len(set(ab.__all__))
    for name in ab.__all__:
        assert hasattr(ab, name), name


def test_no_private_names_are_exported() -> None:
    assert not [name for name in ab.__all__ if name.startswith("_")]


def test_import_loads_no_heavy_dependency() -> None:
    code = (
        "import sys, aibrief; "
        "heavy = [m for m in ('pint', 'numpy', 'babel.localedata', 'babel.numbers', 'pandas') "
        "if m in sys.modules]; print(','.join(heavy))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_lazy_homes_match_the_type_checking_imports_and_all() -> None:
    """The three lists of public names in __init__.py (imports for type checkers, the lazy
    map, __all__) name the same things from the same modules."""
    import ast
    import inspect

    tree = ast.parse(inspect.getsource(ab))
    block = next(node for node in tree.body if isinstance(node, ast.If))
    imported = {
        alias.name: node.module
        for node in block.body
        if isinstance(node, ast.ImportFrom) and node.module != "aibrief"
        for alias in node.names
    }
    assert imported == ab._MODULE_OF
    assert set(ab.__all__) == set(imported) | ab._SUBMODULES


def test_every_name_resolves_to_the_object_in_its_module() -> None:
    import importlib

    for name, module in ab._MODULE_OF.items():
        assert getattr(ab, name) is getattr(importlib.import_module(module), name)
    assert ab.rates.ecb is importlib.import_module("aibrief.rates").ecb
