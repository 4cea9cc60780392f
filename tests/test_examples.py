"""The scripts in examples/ run and print what they promise."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def run(script: str, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / script), *args],
        capture_output=True,
        text=True,
        check=True,
        encoding="utf-8",
    )
    return result.stdout


@pytest.mark.parametrize("args", [(), ("--paraphrase",)])
def test_text_to_brief_builds_and_checks_a_brief(args: tuple[str, ...]) -> None:
    """With the seed article or our paraphrase, the same brief and the same checks come out."""
    output = run("text_to_brief.py", *args)
    assert "'100만토큰당 1위안(200원)': 1 CNY per 1000000 token, stated as 200 KRW" in output
    assert "'지난해 5월' read against 2025-01-31: 2024-05 (month)" in output
    assert "3. Comparisons: 1/7 of llama-3, 1/70 of gpt-4-turbo" in output
    assert "4. Brief(1 source, 4 entities, 1 fact); checks:" in output
    assert output.count("[consistent] equivalence") == 2
    assert output.count("[unverifiable] ratio") == 2
    assert "that figure is 7 CNY per 1,000,000 tokens (0.966746 USD" in output
    assert "that figure is 70 CNY per 1,000,000 tokens (9.66746 USD" in output
    assert "라마3 값의 1/7에 해당한다면" in output


@pytest.mark.parametrize("notebook", sorted(path.name for path in EXAMPLES.glob("*.ipynb")))
def test_every_notebook_is_executed_by_the_docs_build(notebook: str) -> None:
    """The Sphinx build (myst-nb, in CI) executes the notebooks the docs link and list."""
    import json

    docs = EXAMPLES.parent / "docs"
    assert (docs / notebook).resolve() == EXAMPLES / notebook
    assert f"   {Path(notebook).stem}\n" in (docs / "index.rst").read_text(encoding="utf-8")
    cells = json.loads((EXAMPLES / notebook).read_text(encoding="utf-8"))["cells"]
    assert all(not cell.get("outputs") for cell in cells)  # the build makes them afresh
