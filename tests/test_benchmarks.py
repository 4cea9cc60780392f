"""The benchmarks are not run by CI (they take minutes and want a quiet machine), but what
they import from aibrief must exist: a rename once left bench_columns.py broken unseen."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

BENCHMARKS = sorted((Path(__file__).parent.parent / "benchmarks").glob("bench_*.py"))


def _imports_of_aibrief(path: Path) -> list[tuple[str, str | None]]:
    """(module, name) for each ``import aibrief...`` and ``from aibrief... import name``."""
    found: list[tuple[str, str | None]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("aibrief"):
            found += [(node.module or "", alias.name) for alias in node.names]
        elif isinstance(node, ast.Import):
            found += [
                (alias.name, None) for alias in node.names if alias.name.startswith("aibrief")
            ]
    return found


def test_there_are_benchmarks() -> None:
    assert len(BENCHMARKS) >= 8


@pytest.mark.parametrize("path", BENCHMARKS, ids=lambda path: path.name)
def test_what_a_benchmark_imports_from_aibrief_exists(path: Path) -> None:
    imports = _imports_of_aibrief(path)
    assert imports, f"{path.name} imports nothing from aibrief"
    for module, name in imports:
        imported = importlib.import_module(module)
        if name is not None and not hasattr(imported, name):
            importlib.import_module(f"{module}.{name}")  # a submodule, or ImportError
