"""Regenerate the currency names and symbols aibrief reads, from babel's CLDR data.

Writes ``src/aibrief/_data/currency_names.json`` with :func:`aibrief._reading.cldr.build_table`:
every currency's display names, plural forms and symbols in Korean, Chinese (Simplified and
Traditional) and English, the short names derived from them, and the words and symbols several
currencies share. Run it after upgrading babel; ``tests/test_currencies.py`` fails until then.

Usage::

    python scripts/build_currency_names.py
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from aibrief._reading.cldr import build_table

OUTPUT = (
    Path(__file__).resolve().parent.parent / "src" / "aibrief" / "_data" / "currency_names.json"
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    table = build_table()
    text = json.dumps(table, ensure_ascii=False, indent=0, sort_keys=False)
    args.output.write_text(text + "\n", encoding="utf-8")
    print(f"{args.output}: {len(table['names'])} names, {len(table['ambiguous'])} shared words")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
