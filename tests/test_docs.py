"""The documentation: every public name is in the API reference, and its inventories are real."""

from __future__ import annotations

import re
import zlib
from pathlib import Path

import pytest

import aibrief as ab
from aibrief import rates

DOCS = Path(__file__).resolve().parent.parent / "docs"

# ".. autoclass:: Money", ".. data:: ENTITY_REF", ".. automodule:: aibrief.rates", ...
_DIRECTIVE = re.compile(
    r"^\.\. (?:auto)?(?:class|exception|function|data|module|type)::\s+([\w.]+)", re.MULTILINE
)
# ":exc:`~aibrief.errors.ParseError`", the way api.rst lists the errors
_ROLE = re.compile(r":(?:exc|class|data|func|mod):`~?([\w.]+)`")


def _documented_names(text: str) -> set[str]:
    targets = _DIRECTIVE.findall(text) + _ROLE.findall(text)
    return {target.rpartition(".")[2] for target in targets}


def _inventory_files() -> list[Path]:
    return sorted((DOCS / "_inventories").glob("*.inv"))


@pytest.mark.parametrize(
    ("namespace", "names"), [("aibrief", ab.__all__), ("aibrief.rates", rates.__all__)]
)
def test_every_public_name_is_in_the_api_reference(namespace: str, names: list[str]) -> None:
    """A name exported without an entry in docs/api.rst would be missing from the reference."""
    documented = _documented_names((DOCS / "api.rst").read_text(encoding="utf-8"))
    missing = sorted(set(names) - documented)
    assert missing == [], f"add these {namespace} names to docs/api.rst: {missing}"


def test_documented_names_are_found_in_directives_and_roles() -> None:
    text = ".. autoclass:: Money\n.. autodata:: aibrief.rates.RateMethod\n- :exc:`~aibrief.errors.ParseError`\n"
    assert _documented_names(text) == {"Money", "RateMethod", "ParseError"}


def test_every_intersphinx_inventory_file_is_named_in_conf() -> None:
    """docs/conf.py reads each committed inventory, and each one it names is committed."""
    conf = (DOCS / "conf.py").read_text(encoding="utf-8")
    named = set(re.findall(r'"_inventories/(\w+\.inv)"', conf))
    assert named == {path.name for path in _inventory_files()}


@pytest.mark.parametrize("path", _inventory_files(), ids=lambda path: path.name)
def test_inventory_is_a_sphinx_version_2_inventory(path: Path) -> None:
    """Each file has the four header lines and a zlib body of "name domain:role ..." lines."""
    data = path.read_bytes()
    lines = data.split(b"\n", 4)
    assert lines[0] == b"# Sphinx inventory version 2"
    assert lines[1].startswith(b"# Project: ")
    assert lines[3] == b"# The remainder of this file is compressed using zlib."
    body = zlib.decompress(lines[4]).decode("utf-8").splitlines()
    assert body
    assert all(re.fullmatch(r"(.+?)\s+(\S+:\S+)\s+(-?\d+)\s+?(\S*)\s+(.*)", line) for line in body)
