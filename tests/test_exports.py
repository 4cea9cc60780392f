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
