"""Write minimal intersphinx inventories for NumPy, pint and cattrs (see README.md).

No package on the registries the build can reach ships an objects.inv for these projects
in their current documentation layout, so this script writes one listing the objects that
aibrief's documentation refers to, each with its real address on the project's documentation
site. Add a row when the docs start referring to another object, then rerun:

    python3 docs/_inventories/make_minimal.py
"""

from __future__ import annotations

import zlib
from pathlib import Path

HERE = Path(__file__).parent

# name, domain:role, page and anchor under the base URL that docs/conf.py names ("$" = the name)

# Relative to https://numpy.org/doc/stable/
NUMPY = [
    ("numpy", "py:module", "reference/index.html#module-$"),
    ("numpy.ndarray", "py:class", "reference/generated/$.html#$"),
    ("numpy.dtype", "py:class", "reference/generated/$.html#$"),
    ("numpy.datetime64", "py:class", "reference/arrays.scalars.html#$"),
    ("numpy.object_", "py:class", "reference/arrays.scalars.html#$"),
    ("numpy.str_", "py:class", "reference/arrays.scalars.html#$"),
    ("numpy.float64", "py:class", "reference/arrays.scalars.html#$"),
    ("numpy.int64", "py:class", "reference/arrays.scalars.html#$"),
    ("numpy.bool", "py:class", "reference/arrays.scalars.html#$"),
    ("numpy.generic", "py:class", "reference/arrays.scalars.html#$"),
    ("numpy.array", "py:function", "reference/generated/$.html#$"),
    ("numpy.asarray", "py:function", "reference/generated/$.html#$"),
    ("numpy.typing", "py:module", "reference/typing.html#module-$"),
    ("numpy.typing.NDArray", "py:data", "reference/typing.html#$"),
    ("numpy.typing.ArrayLike", "py:data", "reference/typing.html#$"),
]

# Relative to https://pint.readthedocs.io/en/stable/
PINT = [
    ("pint.UnitRegistry", "py:class", "api/base.html#$"),
    ("pint.Quantity", "py:class", "api/base.html#$"),
    ("pint.Unit", "py:class", "api/base.html#$"),
    ("pint.Quantity.to", "py:method", "api/base.html#$"),
    ("pint.Quantity.magnitude", "py:property", "api/base.html#$"),
    ("pint.Quantity.units", "py:property", "api/base.html#$"),
    ("pint.PintError", "py:exception", "api/base.html#$"),
    ("pint.DimensionalityError", "py:exception", "api/base.html#$"),
    ("pint.UndefinedUnitError", "py:exception", "api/base.html#$"),
]

# Relative to https://catt.rs/en/stable/. The converters are documented under the package
# (cattrs.html, ``automodule:: cattrs``); annotations name the defining module.
CATTRS = [
    ("cattrs.BaseConverter", "py:class", "cattrs.html#$"),
    ("cattrs.Converter", "py:class", "cattrs.html#$"),
    ("cattrs.converters.BaseConverter", "py:class", "cattrs.html#cattrs.BaseConverter"),
    ("cattrs.converters.Converter", "py:class", "cattrs.html#cattrs.Converter"),
]

# Relative to https://matplotlib.org/stable/
MATPLOTLIB = [
    ("matplotlib.axes.Axes", "py:class", "api/_as_gen/$.html#$"),
    ("matplotlib.figure.Figure", "py:class", "api/_as_gen/$.html#$"),
]


def inventory(project: str, version: str, rows: list[tuple[str, str, str]]) -> bytes:
    """The bytes of a Sphinx version-2 inventory holding ``rows``."""
    header = (
        "# Sphinx inventory version 2\n"
        f"# Project: {project}\n"
        f"# Version: {version}\n"
        "# The remainder of this file is compressed using zlib.\n"
    )
    # Each line: name, domain:role, priority, URI relative to the base, display name ("-" = name).
    lines = (f"{name} {role} 1 {uri.replace('$', name)} -\n" for name, role, uri in sorted(rows))
    body = "".join(lines)
    return header.encode() + zlib.compress(body.encode(), 9)


def main() -> None:
    """Write numpy.inv, pint.inv, cattrs.inv and matplotlib.inv next to this script."""
    for filename, project, version, rows in (
        ("numpy.inv", "NumPy", "stable", NUMPY),
        ("pint.inv", "pint", "stable", PINT),
        ("cattrs.inv", "cattrs", "stable", CATTRS),
        ("matplotlib.inv", "Matplotlib", "stable", MATPLOTLIB),
    ):
        (HERE / filename).write_bytes(inventory(project, version, rows))
        print(f"{filename}: {len(rows)} objects (written by make_minimal.py)")


if __name__ == "__main__":
    main()
