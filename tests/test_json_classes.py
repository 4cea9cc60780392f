"""The generated per-class JSON functions write what cattrs writes and read what it reads."""

from __future__ import annotations

import gc
import json
from collections.abc import Callable
from typing import Any

import attrs
import cattrs
import pytest
from cattrs.gen import make_dict_unstructure_fn
from hypothesis import given, settings
from hypothesis import strategies as st

import aibrief as ab
from aibrief._serialization.converter import converters as _converters
from aibrief._serialization.converter import resolve
from strategies import briefs

FAST, DETAILED = _converters()
_TAG_KEYS = ((ab.Fact, "kind"), (ab.Entity, "type"))


@settings(max_examples=60, deadline=None)
@given(briefs())
def test_records_are_written_as_cattrs_own_functions_write_them(brief: ab.Brief) -> None:
    """Same keys in the same order (defaults left out), after the tag that leads."""
    for record in (*brief.sources, *brief.entities, *brief.facts):
        cls = type(record)
        reference: Callable[[Any], dict[str, Any]] = make_dict_unstructure_fn(
            resolve(cls), FAST, _cattrs_omit_if_default=True
        )
        written = FAST.unstructure(record)
        for base, key in _TAG_KEYS:
            if isinstance(record, base):
                assert next(iter(written)) == key
                assert written.pop(key) == getattr(cls, "kind" if key == "kind" else "entity_type")
        assert json.dumps(written) == json.dumps(reference(record))


@settings(max_examples=60, deadline=None)
@given(briefs())
def test_the_fast_reader_reads_what_the_detailed_one_reads(brief: ab.Brief) -> None:
    body = json.loads(json.dumps(FAST.unstructure(brief)))
    assert FAST.structure(body, ab.Brief) == DETAILED.structure(body, ab.Brief) == brief


def _nodes(doc: Any) -> list[tuple[Any, Any]]:
    """Every (container, key) pair of a JSON document, depth first."""
    found: list[tuple[Any, Any]] = []
    items = doc.items() if isinstance(doc, dict) else enumerate(doc)
    for key, value in items:
        found.append((doc, key))
        if isinstance(value, dict | list):
            found += _nodes(value)
    return found


def _replace(value: object) -> Callable[[Any, Any], None]:
    def change(parent: Any, key: Any) -> None:
        parent[key] = value

    return change


def _delete(parent: Any, key: Any) -> None:
    del parent[key]


def _add_key(parent: Any, key: Any) -> None:
    target = parent[key] if isinstance(parent[key], dict) else parent
    if isinstance(target, dict):
        target["unexpected"] = 1


_CHANGES = [
    *(_replace(v) for v in (5, 5.5, True, "x", "", None, [], [1], {}, {"a": 1}, "2025-13")),
    _delete,
    _add_key,
]


def _outcome(converter: cattrs.Converter, body: dict[str, Any]) -> object:
    try:
        return converter.structure(body, ab.Brief)
    except Exception:
        return "error"


@settings(max_examples=150, deadline=None)
@given(briefs(), st.data())
def test_the_fast_reader_accepts_only_what_the_detailed_one_accepts(
    brief: ab.Brief, data: st.DataObject
) -> None:
    """loads trusts the fast reader when it succeeds, so it must never be more lenient."""
    body = json.loads(json.dumps(FAST.unstructure(brief)))
    parent, key = data.draw(st.sampled_from(_nodes(body)))
    data.draw(st.sampled_from(_CHANGES))(parent, key)
    assert _outcome(FAST, body) == _outcome(DETAILED, body)


def _sizes(value: list[int], shelf: Shelf) -> tuple[int, ...]:
    return tuple(value) or (len(shelf.label),)


@attrs.frozen(kw_only=True)
class Shelf:
    label: str
    books: list[str] = attrs.field(factory=list)
    sizes: tuple[int, ...] = attrs.field(
        default=(),
        converter=attrs.Converter(_sizes, takes_self=True),  # type: ignore[misc, call-overload]
    )
    extra: Any = None


@pytest.mark.parametrize("converter", [FAST, DETAILED, ab.make_converter()])
def test_factory_defaults_and_converters_of_the_object_are_honoured(
    converter: cattrs.Converter,
) -> None:
    bare = Shelf(label="abc")
    assert bare.sizes == (3,)
    assert converter.unstructure(bare) == {"label": "abc"}
    full = Shelf(label="abc", books=["x"], sizes=[1, 2], extra=ab.Money("1", "USD"))
    written = converter.unstructure(full)
    assert written == {
        "label": "abc",
        "books": ["x"],
        "sizes": [1, 2],
        "extra": {"amount": "1", "currency": "USD"},
    }
    assert converter.structure({"label": "abc"}, Shelf) == bare
    assert converter.structure({"label": "abc", "books": ["x"]}, Shelf).books == ["x"]
    with pytest.raises((TypeError, cattrs.ClassValidationError)):
        converter.structure({"label": 5}, Shelf)


def test_a_plain_cattrs_converter_keeps_its_own_choices() -> None:
    """Without omit_if_default every field is written; without forbid_extra_keys extras pass."""
    converter = cattrs.Converter(detailed_validation=False)
    ab.configure_converter(converter)
    citation = ab.Citation(source="mt", phrase="폭락")
    assert converter.unstructure(citation) == {"source": "mt", "phrase": "폭락", "note": None}
    read = converter.structure({"source": "mt", "phrase": "폭락", "other": 1}, ab.Citation)
    assert read == citation
    with pytest.raises(cattrs.ForbiddenExtraKeysError):
        FAST.structure({"source": "mt", "phrase": "폭락", "other": 1}, ab.Citation)


def test_a_kind_registered_later_is_read() -> None:
    cite = [ab.Citation(source="mt", phrase="수상")]
    before = ab.Brief(facts=[ab.Quote(id="q", speaker="x", text="t", citations=cite)])
    assert ab.Brief.from_json(before.to_json(), validate=False) == before  # readers are built

    @ab.fact_kind("json_classes_award")
    @attrs.frozen(kw_only=True)
    class Award(ab.Fact):
        winner: str = attrs.field(metadata=ab.ENTITY_REF)

    brief = ab.Brief(facts=[Award(id="award", winner="deepseek", citations=cite)])
    assert json.loads(brief.to_json())["facts"][0]["kind"] == "json_classes_award"
    assert ab.Brief.from_json(brief.to_json(), validate=False) == brief


def test_reading_a_fact_of_another_kind_is_refused() -> None:
    doc = FAST.unstructure(ab.Quote(id="q", speaker="x", text="t", citations=_CITE))
    with pytest.raises(ValueError, match="does not match MarketMove"):
        FAST.structure(doc, ab.MarketMove)
    with pytest.raises(ValueError, match="does not match MarketMove"):
        DETAILED.structure(doc, ab.MarketMove)


_CITE = [ab.Citation(source="mt", phrase="말")]


@pytest.mark.parametrize("enabled", [True, False])
def test_the_cyclic_collector_is_left_as_it_was(enabled: bool) -> None:
    brief = ab.Brief(facts=[ab.Quote(id="q", speaker="x", text="t", citations=_CITE)])
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        ab.Brief.from_json(brief.to_json(), validate=False)
        with pytest.raises(ab.BriefLoadError):
            ab.Brief.from_json("[]")
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_overlapping_reads_in_threads_leave_the_collector_on() -> None:
    """Pins the pause count: a thread finishing last must not restore the 'off' it saw."""
    import threading

    document = ab.Brief(facts=[ab.Quote(id="q", speaker="x", text="t", citations=_CITE)]).to_json()
    barrier = threading.Barrier(8)

    def read() -> None:
        barrier.wait()
        for _ in range(50):
            ab.Brief.from_json(document, validate=False)

    assert gc.isenabled()
    threads = [threading.Thread(target=read) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert gc.isenabled()


@attrs.frozen
class Node:
    name: str
    children: tuple[Node, ...] = ()
    partner: Partner | None = None


@attrs.frozen
class Partner:
    node: Node | None = None


@pytest.mark.parametrize("converter", [FAST, DETAILED])
def test_classes_that_hold_themselves_are_written_and_read(converter: cattrs.Converter) -> None:
    tree = Node("a", (Node("b"), Node("c", partner=Partner(Node("d")))))
    written = converter.unstructure(tree)
    assert written == {
        "name": "a",
        "children": [{"name": "b"}, {"name": "c", "partner": {"node": {"name": "d"}}}],
    }
    assert converter.structure(written, Node) == tree
