"""Speed of the models: validated construction and JSON round trips, against their peers.

Run on demand (never in the test suite):

    python benchmarks/bench_models.py [--facts 100000] [--repeat 5]

Each figure is the best of ``--repeat`` rounds, and a round runs aibrief and its peer one
after the other, so a burst of load elsewhere on the machine slows both alike. Times are the
CPU time of this process.

1. Building facts with aibrief's validators, against the same attrs classes without
   validators or converters (target: at most 2x).
2. A JSON round trip of a brief (to_json, then from_json) against an equivalent msgspec Struct
   model of the same document, decoded with msgspec's typed decoder (target: at most 2x).
"""

from __future__ import annotations

import argparse
import math
import time
from collections.abc import Callable
from decimal import Decimal
from typing import Any, Literal

import attrs
import msgspec

import aibrief as ab

SOURCE = ab.Source(id="mt", publisher="머니투데이", title="딥시크", language="ko")
CITATION = ab.Citation(source="mt", phrase="엔비디아 주가가 17% 폭락")
DATE = ab.PartialDate(2025, 1, 27)
COST = ab.Money("5576000", "USD")
WON = ab.Approx(ab.Money("8000000000", "KRW"), "about")
GPUS = ab.Approx(10000, "over")


def race(runs: dict[str, Callable[[], object]], repeat: int) -> dict[str, float]:
    """The fastest of ``repeat`` interleaved rounds of each run, in CPU seconds."""
    best = dict.fromkeys(runs, math.inf)
    for _ in range(repeat):
        for name, run in runs.items():
            start = time.process_time()
            run()
            best[name] = min(best[name], time.process_time() - start)
    return best


# --- 1. Construction --------------------------------------------------------------------------


def bare_twin(cls: type) -> type:
    """The same fields, frozen and slotted, without validators or converters."""
    fields = {
        field.name: attrs.field(default=field.default, kw_only=True)
        if field.default is not attrs.NOTHING
        else attrs.field(kw_only=True)
        for field in attrs.fields(cls)
    }
    return attrs.make_class(f"Bare{cls.__name__}", fields, frozen=True, slots=True)


def make_facts(n: int, classes: dict[str, type]) -> list[Any]:
    move, cost, holding = classes["move"], classes["cost"], classes["holding"]
    cite = (CITATION,)
    facts: list[Any] = []
    for i in range(n):
        which = i % 3
        if which == 0:
            facts.append(
                move(
                    id=f"m-{i}",
                    date=DATE,
                    security="nvidia",
                    exchange="NASDAQ",
                    percent_change=Decimal(-17),
                    related=("c-1",),
                    citations=cite,
                )
            )
        elif which == 1:
            facts.append(
                cost(
                    id=f"c-{i}",
                    date=DATE,
                    developer="deepseek",
                    amount=COST,
                    stated_equivalent=WON,
                    hardware=("nvidia-h800",),
                    citations=cite,
                )
            )
        else:
            facts.append(
                holding(
                    id=f"h-{i}",
                    organization="deepseek",
                    hardware="nvidia-a100",
                    count=GPUS,
                    citations=cite,
                )
            )
    return facts


def bench_construction(n: int, repeat: int) -> float:
    validated = {"move": ab.MarketMove, "cost": ab.DevelopmentCost, "holding": ab.ComputeHolding}
    bare = {key: bare_twin(cls) for key, cls in validated.items()}
    times = race(
        {"ours": lambda: make_facts(n, validated), "theirs": lambda: make_facts(n, bare)}, repeat
    )
    ours, theirs = times["ours"], times["theirs"]
    ratio = ours / theirs
    print(
        f"construct {n:,} facts: validated {ours:.3f}s, bare attrs {theirs:.3f}s, ratio {ratio:.2f}x"
    )
    return ratio


# --- 2. JSON round trip -------------------------------------------------------------------------


class MMoney(msgspec.Struct):
    amount: Decimal
    currency: str


class MValue(msgspec.Struct, omit_defaults=True):
    """Money or an Approx: msgspec cannot tell untagged objects apart, so one Struct has both."""

    amount: Decimal | None = None
    currency: str | None = None
    value: Decimal | MMoney | None = None
    qualifier: str | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    low_open: bool | None = None
    high_open: bool | None = None
    tolerance: Decimal | None = None


class MCitation(msgspec.Struct, omit_defaults=True):
    source: str
    phrase: str
    note: str | None = None


class MFact(msgspec.Struct, omit_defaults=True, kw_only=True, tag_field="kind"):
    id: str
    citations: list[MCitation]
    date: str | None = None  # msgspec reads attrs classes as objects, so ISO text here
    entities: list[str] = []


class MMarketMove(MFact, tag="market_move", kw_only=True):
    security: str
    exchange: str
    percent_change: Decimal | MValue
    related: list[str] = []


class MDevelopmentCost(MFact, tag="development_cost", kw_only=True):
    developer: str | None = None
    amount: MValue
    stated_equivalent: MValue | None = None
    hardware: list[str] = []


class MComputeHolding(MFact, tag="compute_holding", kw_only=True):
    organization: str
    hardware: str
    count: Decimal | MValue


class MSource(msgspec.Struct, omit_defaults=True):
    id: str
    publisher: str
    title: str
    language: str | None = None


class MBrief(msgspec.Struct):
    format: Literal["aibrief.brief"]
    version: int
    sources: list[MSource]
    entities: list[dict[str, Any]]
    facts: list[MMarketMove | MDevelopmentCost | MComputeHolding]


def enc_hook(value: object) -> object:
    if isinstance(value, ab.PartialDate):
        return str(value)
    raise NotImplementedError


def dec_hook(kind: type, value: object) -> object:
    if kind is ab.PartialDate and isinstance(value, str):
        return ab.PartialDate.parse(value)
    raise NotImplementedError


def bench_round_trip(n: int, repeat: int) -> tuple[float, float]:
    entities = [
        ab.Organization(id="deepseek", names={"en": "DeepSeek", "ko": "딥시크"}, kind="startup"),
        ab.Organization(id="nvidia", names={"en": "Nvidia", "ko": "엔비디아"}, kind="chipmaker"),
        ab.Hardware(id="nvidia-h800", names={"en": "H800"}, vendor="nvidia"),
        ab.Hardware(id="nvidia-a100", names={"en": "A100"}, vendor="nvidia"),
    ]
    brief = ab.Brief(
        sources=[SOURCE],
        entities=entities,
        facts=make_facts(
            n,
            {
                "move": ab.MarketMove,
                "cost": ab.DevelopmentCost,
                "holding": ab.ComputeHolding,
            },
        ),
    )
    text = brief.to_json()
    encoder = msgspec.json.Encoder(enc_hook=enc_hook)
    decoder = msgspec.json.Decoder(MBrief, dec_hook=dec_hook)
    peer = decoder.decode(text)

    times = race(
        {
            "ours_write": brief.to_json,
            "theirs_write": lambda: encoder.encode(peer),
            "ours_read": lambda: ab.Brief.from_json(text, validate=False),
            "theirs_read": lambda: decoder.decode(text),
        },
        repeat,
    )
    ours_write, theirs_write = times["ours_write"], times["theirs_write"]
    ours_read, theirs_read = times["ours_read"], times["theirs_read"]
    ours_read_checked = race({"checked": lambda: ab.Brief.from_json(text)}, 1)["checked"]
    assert ab.Brief.from_json(text, validate=False) == brief
    ours, theirs = ours_write + ours_read, theirs_write + theirs_read
    print(f"JSON document: {len(text) / 1e6:.1f} MB")
    print(
        f"  write: aibrief {ours_write:.3f}s, msgspec {theirs_write:.3f}s, ratio {ours_write / theirs_write:.1f}x"
    )
    print(
        f"  read:  aibrief {ours_read:.3f}s, msgspec {theirs_read:.3f}s, ratio {ours_read / theirs_read:.1f}x"
    )
    print(f"  read and validate the brief: aibrief {ours_read_checked:.3f}s")
    print(
        f"round trip {n:,} facts: aibrief {ours:.3f}s, msgspec {theirs:.3f}s, ratio {ours / theirs:.1f}x"
    )
    return ours / theirs, ours_read_checked


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    bench_construction(args.facts, args.repeat)
    bench_round_trip(args.facts, args.repeat)


if __name__ == "__main__":
    main()
