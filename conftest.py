"""Keep every test and doctest away from the rate cache of the person running them.

``aibrief.rates.ecb()`` prefers rates downloaded into the user's cache folder; tests and
doctests pin the shipped table's dates and sources, so they run with ``AIBRIEF_RATES_DIR``
set to an empty folder of their own (subprocesses inherit it). Tests of the cache point it
elsewhere with ``monkeypatch``.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

_FOLDER = tempfile.mkdtemp(prefix="aibrief-test-rates-")


def pytest_configure(config: pytest.Config) -> None:
    os.environ["AIBRIEF_RATES_DIR"] = _FOLDER


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(_FOLDER, ignore_errors=True)


@pytest.fixture
def rates_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty rate cache folder of the test's own; ``ab.rates.ecb()`` chooses afresh."""
    from aibrief.rates import current

    monkeypatch.setenv("AIBRIEF_RATES_DIR", str(tmp_path))
    current.forget()
    yield tmp_path
    current.forget()
