"""Ranks: a place in a list, in the unit ``rank`` ("12위", "第三名", "ranked third", "No. 1").

A rank is an amount of its own kind (ranks do not add), so it is reported with the unit
``"rank"`` rather than skipped. Korean glues 위 to the number ("세계 12위", "1위로"; "3위권",
the top three, is a group and not read); Chinese writes 第 before it and 名, 位 or 大 after
("第三名", "全球第三大"), or 排名 before it ("排名第三"); English ranks with a verb ("ranked
third", "ranks 3rd") or "No." ("the No. 1 chipmaker"). An ordinal alone ("第一", "the third
quarter") is no rank.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING, Final

from aibrief._reading.numerals import read_numeral
from aibrief._reading.scan.tables import Draft, Read

if TYPE_CHECKING:
    from aibrief._reading.scan.scanner import Scanner

__all__ = ["RANK", "read_rank"]

#: The unit of a rank.
RANK: Final = "rank"

_ORDINALS: Final[dict[str, int]] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "twentieth": 20,
}  # fmt: skip
# Chinese verbs of ranking before 第 ("排名第三", "位居第二").
_ZH_RANKING: Final = re.compile("(?:排名|排行|排|位居|位列|名列|居)$")


def read_rank(scanner: Scanner, pos: int) -> Read | None:
    """A Chinese or English rank at ``pos`` ("第三名", "ranked third", "No. 1"), or ``None``."""
    norm, tables = scanner.norm, scanner.tables
    if norm[pos] == "第":
        found = tables.rank_zh.match(norm, pos)
        if found is None:
            return None
        ranking = _ZH_RANKING.search(norm, max(0, pos - 2), pos) is not None
        if found["word"] is None and not ranking:
            return None  # "第一季度": an ordinal
        numeral = read_numeral(found["number"])
        value = None if numeral is None else numeral.value
    else:
        found = tables.rank_en.match(norm, pos)
        if found is None:
            return None
        value = _english(found["number"])
    if value is None or value < 1 or value != int(value):
        return None
    draft = Draft(pos, value)
    draft.unit, draft.end = RANK, found.end()
    return draft, draft.end


def _english(number: str) -> Decimal | None:
    lowered = number.lower()
    if lowered in _ORDINALS:
        return Decimal(_ORDINALS[lowered])
    digits = lowered.rstrip("stndrh")
    return Decimal(digits) if digits.isdigit() else None
