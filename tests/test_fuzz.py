"""A short slice of scripts/fuzz.py: a few hundred generated inputs to each part of the API.

The full run (``python scripts/fuzz.py``, a million inputs) is made on demand; this slice
keeps a regression from slipping back in between runs. ``convert_many`` is fuzzed by the full
run, not here, while issue 15 makes its columns refuse what they cannot convert.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "fuzz.py"


def _fuzz_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("aibrief_fuzz", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("target", ["amounts", "dates", "loader", "money", "command"])
def test_a_slice_of_the_fuzzer_finds_nothing_outside_the_hierarchy(target: str) -> None:
    fuzz = _fuzz_module()
    [tally] = fuzz.run([target], 160, seed_value=18)
    assert tally.inputs >= 100  # each draw makes several inputs; the loader's vary
    assert tally.outside == []
