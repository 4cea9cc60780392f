"""Speed of the models: validated construction and JSON round trips, against their peers.

Run on demand (never in the test suite):

    python benchmarks/bench_models.py [--facts 100000] [--repeat 5]

Each figure is the best of ``--repeat`` rounds, and a round runs aibrief and its peer one
after the other, so a burst of load elsewhere on the machine slows both alike. Times are the
CPU time of this process.

1. Building facts with aibrief's validators, against the same attrs classes without
   validators or converters (target: at most 2x).
2. A JSON round trip of a brief (to_json, then from_json) against an equivalent msgspec Struct
   model of the same document, decoded with msgspec's typed decoder (target: at most 2x). Two
   peers are timed: one that checks the JSON types only, and one that also checks the rules
   aibrief's validators check (ids are slugs, currency codes, qualifiers, non-blank text, at
   least one citation, dates, bounds in order). The floor printed last adds aibrief's write,
   a bare json.loads and building the facts, citations and money through their constructors:
   the least a round trip can cost when reading returns validated aibrief objects.
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import time
from collections.abc import Callable
from decimal import Decimal
from typing import Annotated, Any, Final, Literal

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


def make_facts(n: int, classes: dict[str, type], *, fresh: bool = False) -> list[Any]:
    """``n`` facts; with ``fresh``, each with its own Citation and Money, as a reader makes them."""
    move, cost, holding = classes["move"], classes["cost"], classes["holding"]
    cite, amount = (CITATION,), COST
    facts: list[Any] = []
    for i in range(n):
        if fresh:
            cite = (ab.Citation(source=CITATION.source, phrase=CITATION.phrase),)
            amount = ab.Money(COST.amount, COST.currency)
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
                    amount=amount,
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


def bench_construction(n: int, repeat: int) -> None:
    """Validated construction against the same classes with attrs' validators switched off
    (the issue's wording: converters still run, and aibrief's converters check too), and
    against a bare twin with neither validators nor converters (the stricter measure)."""
    validated = {"move": ab.MarketMove, "cost": ab.DevelopmentCost, "holding": ab.ComputeHolding}
    bare = {key: bare_twin(cls) for key, cls in validated.items()}
    times = race(
        {
            "ours": lambda: make_facts(n, validated),
            "unvalidated": lambda: without_validators(make_facts, n, validated),
            "bare": lambda: make_facts(n, bare),
        },
        repeat,
    )
    ours = times["ours"]
    print(f"construct {n:,} facts: validated {ours:.3f}s")
    print(
        f"  same classes, validators off {times['unvalidated']:.3f}s: "
        f"ratio {ours / times['unvalidated']:.2f}x"
    )
    print(f"  bare attrs twins {times['bare']:.3f}s: ratio {ours / times['bare']:.2f}x")


def without_validators(build: Callable[..., object], *args: object) -> object:
    """``build(*args)`` with attrs' validators switched off."""
    with attrs.validators.disabled():
        return build(*args)


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


# The same model with aibrief's rules as msgspec constraints, checked in C where msgspec can.
Slug = Annotated[str, msgspec.Meta(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")]
Text = Annotated[str, msgspec.Meta(pattern=r"\S")]
CurrencyCode = Annotated[str, msgspec.Meta(pattern=r"^[A-Z]{3}$")]
DateText = Annotated[str, msgspec.Meta(pattern=r"^\d{4}(?:-(?:Q[1-4]|\d{2}(?:-\d{2})?))?$")]
QualifierText = Literal["exact", "about", "over", "at_least", "nearly", "under", "up_to", "range"]


class CMoney(msgspec.Struct, forbid_unknown_fields=True):
    amount: Decimal
    currency: CurrencyCode


class CValue(msgspec.Struct, omit_defaults=True, forbid_unknown_fields=True):
    amount: Decimal | None = None
    currency: CurrencyCode | None = None
    value: Decimal | CMoney | None = None
    qualifier: QualifierText | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    low_open: bool | None = None
    high_open: bool | None = None
    tolerance: Decimal | None = None

    def __post_init__(self) -> None:
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"low {self.low} is above high {self.high}")


class CCitation(msgspec.Struct, omit_defaults=True, forbid_unknown_fields=True):
    source: Slug
    phrase: Text
    note: Text | None = None


class CFact(
    msgspec.Struct, omit_defaults=True, kw_only=True, tag_field="kind", forbid_unknown_fields=True
):
    id: Slug
    citations: Annotated[list[CCitation], msgspec.Meta(min_length=1)]
    date: DateText | None = None
    entities: list[Slug] = []


class CMarketMove(CFact, tag="market_move", kw_only=True):
    security: Slug
    exchange: Text
    percent_change: Decimal | CValue
    related: list[Slug] = []


class CDevelopmentCost(CFact, tag="development_cost", kw_only=True):
    developer: Slug | None = None
    amount: CValue
    stated_equivalent: CValue | None = None
    hardware: list[Slug] = []


class CComputeHolding(CFact, tag="compute_holding", kw_only=True):
    organization: Slug
    hardware: Slug
    count: Decimal | CValue


class CSource(msgspec.Struct, omit_defaults=True, forbid_unknown_fields=True):
    id: Slug
    publisher: Text
    title: Text
    language: str | None = None


class CBrief(msgspec.Struct, forbid_unknown_fields=True):
    format: Literal["aibrief.brief"]
    version: int
    sources: list[CSource]
    entities: list[dict[str, Any]]
    facts: list[CMarketMove | CDevelopmentCost | CComputeHolding]


def bench_round_trip(n: int, repeat: int) -> None:
    classes = {"move": ab.MarketMove, "cost": ab.DevelopmentCost, "holding": ab.ComputeHolding}
    entities = [
        ab.Organization(id="deepseek", names={"en": "DeepSeek", "ko": "딥시크"}, kind="startup"),
        ab.Organization(id="nvidia", names={"en": "Nvidia", "ko": "엔비디아"}, kind="chipmaker"),
        ab.Hardware(id="nvidia-h800", names={"en": "H800"}, vendor="nvidia"),
        ab.Hardware(id="nvidia-a100", names={"en": "A100"}, vendor="nvidia"),
    ]
    brief = ab.Brief(sources=[SOURCE], entities=entities, facts=make_facts(n, classes))
    text = brief.to_json()
    assert ab.Brief.from_json(text, validate=False) == brief
    encoder = msgspec.json.Encoder()
    typed, checked = msgspec.json.Decoder(MBrief), msgspec.json.Decoder(CBrief)
    typed_brief, checked_brief = typed.decode(text), checked.decode(text)

    times = race(
        {
            "ours_write": brief.to_json,
            "ours_read": lambda: ab.Brief.from_json(text, validate=False),
            "typed_write": lambda: encoder.encode(typed_brief),
            "typed_read": lambda: typed.decode(text),
            "paused_write": lambda: encoder.encode(typed_brief),
            "paused_read": lambda: without_collector(typed.decode, text),
            "checked_write": lambda: encoder.encode(checked_brief),
            "checked_read": lambda: checked.decode(text),
            "build": lambda: without_collector(make_facts, n, classes, fresh=True),
            "parse": lambda: without_collector(json.loads, text),
        },
        repeat,
    )
    ours = times["ours_write"] + times["ours_read"]
    print(f"JSON document of {n:,} facts: {len(text) / 1e6:.1f} MB")
    print(f"  aibrief: write {times['ours_write']:.3f}s, read {times['ours_read']:.3f}s")
    for peer in PEERS:
        write, read = times[f"{peer}_write"], times[f"{peer}_read"]
        theirs = write + read
        print(
            f"  msgspec, {PEERS[peer]}: write {write:.3f}s, read {read:.3f}s; round trip "
            f"aibrief {ours:.3f}s / msgspec {theirs:.3f}s = {ours / theirs:.1f}x "
            f"(write {times['ours_write'] / write:.1f}x, read {times['ours_read'] / read:.1f}x)"
        )
    # The least a round trip returning validated objects can cost: aibrief's write, a parse,
    # and building the objects, with nothing else for reading.
    floor = times["ours_write"] + times["parse"] + times["build"]
    print(
        f"  floor: write {times['ours_write']:.3f}s + json.loads {times['parse']:.3f}s + "
        f"building the facts, citations and money {times['build']:.3f}s = {floor:.3f}s, "
        + ", ".join(
            f"{floor / (times[f'{peer}_write'] + times[f'{peer}_read']):.1f}x msgspec, {name}"
            for peer, name in PEERS.items()
        )
    )
    checked_read = race({"checked": lambda: ab.Brief.from_json(text)}, 1)["checked"]
    print(f"  aibrief read with Brief.validate(): {checked_read:.3f}s")


PEERS: Final = {
    "typed": "types only",
    # msgspec with the cyclic collector paused, as aibrief pauses it (or with gc=False Structs)
    "paused": "types only, collector paused",
    "checked": "same rules",
}


def without_collector(run: Callable[..., object], *args: object, **kwargs: object) -> object:
    """``run(*args, **kwargs)`` with the cyclic garbage collector paused, as aibrief reads."""
    gc.disable()
    try:
        return run(*args, **kwargs)
    finally:
        gc.enable()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    bench_construction(args.facts, args.repeat)
    bench_round_trip(args.facts, args.repeat)


if __name__ == "__main__":
    main()
