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


def test_values_and_models_have_their_precise_types() -> None:
    """Approx(Money(...)) is an Approx[Money]; of_kind gives the class asked for."""
    target = Path(__file__).parent / "typing" / "model_types.py"
    stdout, stderr, status = api.run(["--strict", "--no-incremental", str(target)])
    assert status == 0, stdout + stderr


def test_a_float_is_a_type_error_where_an_exact_value_is_meant(tmp_path: Path) -> None:
    user = tmp_path / "user.py"
    user.write_text(
        "import aibrief as ab\nab.Approx(5.5, 'about')\nab.Approx(10, 'range', low=9.5, high=11)\n",
        encoding="utf-8",
    )
    stdout, _, status = api.run(["--strict", "--no-incremental", str(user)])
    assert status == 1
    assert [line.split(":")[1] for line in stdout.splitlines() if ": error:" in line] == ["2", "3"]
