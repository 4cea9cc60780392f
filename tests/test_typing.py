"""The public API's types, as a user's mypy --strict sees them."""

from __future__ import annotations

from pathlib import Path

import pytest

api = pytest.importorskip("mypy.api")


def test_news_arithmetic_returns_the_type_of_its_input() -> None:
    """Money in gives Money out, a plain number a Decimal, an Approx an Approx."""
    target = Path(__file__).parent / "typing" / "arithmetic_types.py"
    stdout, stderr, status = api.run(["--strict", "--no-incremental", str(target)])
    assert status == 0, stdout + stderr
