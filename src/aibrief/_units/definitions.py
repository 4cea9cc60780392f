"""aibrief's unit definitions (``_data/units.txt``) as pint definition objects.

pint's text parser costs more than the rest of building the registry, and aibrief's file uses
only three simple line forms, so this module reads them into the objects pint's parser would
make (a test checks they are equal). It also merges aibrief's definitions into pint's full
default set for users who load it with :func:`aibrief.load_pint_units`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from aibrief._core.data import read_data

__all__ = ["ADDITIONS", "DEFINITIONS", "currency_definition", "definitions", "pint_default_lines"]

#: The name of aibrief's unit definitions among its data files.
DEFINITIONS = "units.txt"
ADDITIONS = "#### aibrief additions ####"


def definitions(text: str) -> list[Any]:
    """The lines of units.txt as pint definition objects, as pint's parser would make them.

    Every line there is ``name = [dimension]``, ``name = number`` or ``name = number * unit``,
    then an optional symbol (``_`` for none) and aliases.
    """
    from pint.facets.plain.definitions import ScaleConverter, UnitDefinition
    from pint.util import UnitsContainer

    parsed = []
    for line in text.splitlines():
        line = line.partition("#")[0].strip()
        if not line:
            continue
        name, value, *names = (part.strip() for part in line.split("="))
        symbol = names.pop(0) if names else None
        if value.startswith("["):
            scale, reference = Decimal(1), {value: Decimal(1)}
        else:
            factor, _, unit = value.partition("*")
            scale, reference = Decimal(factor.strip()), {unit.strip(): Decimal(1)} if unit else {}
        parsed.append(
            UnitDefinition(
                name,
                None if symbol == "_" else symbol,
                tuple(alias for alias in names if alias not in ("", "_")),
                ScaleConverter(scale),  # type: ignore[arg-type]  # a Decimal registry
                UnitsContainer(reference, non_int_type=Decimal),
            )
        )
    return parsed


def currency_definition(code: str) -> Any:
    from pint.facets.plain.definitions import ScaleConverter, UnitDefinition
    from pint.util import UnitsContainer

    dimension = UnitsContainer({f"[currency_{code}]": 1}, non_int_type=Decimal)
    return UnitDefinition(code, None, (), ScaleConverter(Decimal(1)), dimension)  # type: ignore[arg-type]


def pint_default_lines() -> list[str]:
    # pint's default file with its constants import inlined, minus the lines aibrief already
    # holds verbatim (the same definition twice would raise a RedefinitionError).
    from pathlib import Path

    import pint

    folder = Path(pint.__file__).parent
    shared, additions = read_data(DEFINITIONS).decode("utf-8").split(ADDITIONS)
    skip = {line.strip() for line in shared.splitlines() if line.strip() and line[0] != "#"}
    ours = {
        name.strip()
        for line in additions.splitlines()
        if line.strip() and line[0] != "#"
        for name in line.split("=")[::2]
    }
    lines: list[str] = []
    for line in (folder / "default_en.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() == "@import constants_en.txt":
            lines += (folder / "constants_en.txt").read_text(encoding="utf-8").splitlines()
        elif line.strip() not in skip:
            lines.append(_drop_aliases(line, ours))
    return lines


def _drop_aliases(line: str, taken: set[str]) -> str:
    # aibrief's own definitions win: pint's month (year / 12) is inexact in Decimal, and its
    # printer's point claims "pp" and "bp", which aibrief gives to percentage and basis points.
    name, *rest = line.split(" = ")
    if name.strip() in taken:
        return ""
    if not rest:
        return line
    reference, *names = rest
    kept = [n if n.strip() not in taken else "_" for n in names[:1]]
    kept += [n for n in names[1:] if n.strip() not in taken]
    return " = ".join([name, reference, *kept])
