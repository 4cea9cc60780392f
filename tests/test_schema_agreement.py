"""The loader and the schema agree: Brief.from_json accepts exactly what Brief.json_schema() does.

Documents are generated from the schema itself and made by mutating the DeepSeek brief (a
value swapped for a number, a spaced or full-width digit string, lower-case currency, a key
dropped or added, ...). For each, the loader must accept it exactly when ``jsonschema`` does,
except where JSON Schema cannot say what the loader checks, listed in :data:`BEYOND_SCHEMA`
with the reason: then the loader may refuse a document the schema accepts, never the reverse.
"""

from __future__ import annotations

import copy
import json
import re
from typing import Any

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import aibrief as ab

SCHEMA = ab.Brief.json_schema()
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
DEEPSEEK = json.loads(ab.datasets.deepseek().to_json())

#: What the loader checks that a JSON Schema cannot state, as words its problems contain.
BEYOND_SCHEMA = {
    "names no date": "a calendar date that does not exist (2025-02-30)",
    "day is out of range": "a calendar date that does not exist (2025-02-30)",
    "is out of range": "a date part out of range for its month or year 0000",
    "is above high": "an interval whose low end is above its high end",
    "unit": "a unit name pint must know ('token', 'percent')",
    "Unit expression": "a unit expression pint must read ('CNY / token')",
    "is not a web address": "a link urllib reads as http(s) with a host",
}
#: Problems between records, which a schema of one record at a time cannot see.
CROSS_REFERENCES = frozenset(
    {"dangling_reference", "duplicate_id", "before_founding", "before_birth"}
)
_ANCHORS = re.compile(r"^\^\(\?:(.*)\)\$\(\?!\\n\)$", re.DOTALL)


def _strategy(schema: dict[str, Any], depth: int = 0) -> st.SearchStrategy[Any]:
    """Values valid under ``schema`` (a part of the brief schema), drawn by hypothesis."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[1]
        return st.deferred(lambda: _strategy(SCHEMA["$defs"][name], depth + 1))
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    if "allOf" in schema and "type" not in schema:  # an Approx narrowed to some values
        base, narrowed = schema["allOf"]
        approx = SCHEMA["$defs"][base["$ref"].rsplit("/", 1)[1]]
        properties = approx["properties"] | narrowed["properties"]
        return _strategy(approx | {"properties": properties}, depth)
    for key in ("anyOf", "oneOf"):
        if key in schema:  # keys beside it ("pattern" of an optional text) apply to each part
            extra = {name: value for name, value in schema.items() if name != key}
            return st.one_of([_strategy(part | extra, depth) for part in schema[key]])
    kind = schema.get("type")
    if kind == "object":
        return _object(schema, depth)
    if kind == "array":
        return st.lists(_strategy(schema["items"], depth + 1), max_size=2 if depth < 3 else 0)
    if kind == "string":
        return _string(schema)
    if kind == "integer":
        return st.integers(schema.get("minimum"), schema.get("maximum"))
    if kind == "boolean":
        return st.booleans()
    if kind == "null":
        return st.none()
    return st.nothing()  # pragma: no cover  (every part of the schema has a type)


def _object(schema: dict[str, Any], depth: int) -> st.SearchStrategy[dict[str, Any]]:
    if "properties" not in schema:  # a map, such as a name in each language
        values = schema["additionalProperties"]
        return st.dictionaries(
            _string(schema["propertyNames"] | {"type": "string"}),
            _strategy(values, depth + 1),
            min_size=schema.get("minProperties", 0),
            max_size=2,
        )
    required = set(schema.get("required", ()))
    fields = {
        name: _strategy(part, depth + 1)
        for name, part in schema["properties"].items()
        if name in required
    }
    optional = {
        name: _strategy(part, depth + 1)
        for name, part in schema["properties"].items()
        if name not in required
    }
    return st.fixed_dictionaries(fields, optional=optional)


def _string(schema: dict[str, Any]) -> st.SearchStrategy[str]:
    if "pattern" in schema:
        inner = _ANCHORS.fullmatch(schema["pattern"])
        if inner is not None:
            text = st.from_regex(inner[1], fullmatch=True)
        else:  # a pattern to search for, such as "\S" (some text, not only spaces)
            text = st.from_regex(schema["pattern"])
    else:
        text = st.text(max_size=12)
    least, most = schema.get("minLength", 0), schema.get("maxLength", 10**6)
    return text.filter(lambda s: least <= len(s) <= most)


def _verdicts(text: str) -> tuple[bool, list[ab.Problem]]:
    """Whether the schema accepts the document, and the loader's problems with it."""
    schema_ok = VALIDATOR.is_valid(json.loads(text))
    try:
        ab.Brief.from_json(text)
    except ab.ValidationError as error:  # BriefLoadError, or the brief's own consistency
        return schema_ok, list(error.problems)
    return schema_ok, []


def _beyond_schema(problem: ab.Problem) -> bool:
    if problem.code in CROSS_REFERENCES:
        return True
    return any(words in problem.message for words in BEYOND_SCHEMA)


def _agree(text: str) -> None:
    schema_ok, problems = _verdicts(text)
    if not problems:
        assert schema_ok, f"the loader accepted what the schema refuses: {text}"
    elif schema_ok:
        beyond = [p for p in problems if not _beyond_schema(p)]
        assert not beyond, f"the loader refused what the schema accepts: {beyond}"


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(_strategy(SCHEMA))
def test_documents_generated_from_the_schema_load(document: dict[str, Any]) -> None:
    _agree(json.dumps(document, ensure_ascii=False))


# --- Mutations of a real brief -------------------------------------------------------------

_REPLACEMENTS = [
    5576000, 5.5, -1, 1e30, True, None, [], {}, "", " 5576000 ", "５５７６０００", "٥٥٧٦٠٠٠",
    "usd", "USD", "KRW", "1E+50", "1E-7", "1e999999", "-0.05", "0.05", "1/7", "2025-02-30",
    "2023-13", "2023-07", "NASDAQ:NVDA", "nasdaq:nvda", "deepseek", "Deep Seek", "x" * 101,
    "1" * 101, "5,576,000", "0x10", "1_000", "Infinity", "NaN", "5576000\n",
]  # fmt: skip


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*path, index))
    return found


_ALL_PATHS = [path for path in _paths(DEEPSEEK) if path]


def _mutate(document: Any, path: tuple[Any, ...], action: str, replacement: Any) -> Any:
    mutated = copy.deepcopy(document)
    *head, last = path
    parent = mutated
    for step in head:
        parent = parent[step]
    if action == "replace":
        parent[last] = replacement
    elif action == "delete":
        del parent[last]
    elif isinstance(parent, dict):
        parent[f"{last}_extra"] = replacement
    else:
        parent.append(replacement)
    return mutated


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.lists(
        st.tuples(
            st.sampled_from(_ALL_PATHS),
            st.sampled_from(["replace", "replace", "delete", "add"]),
            st.sampled_from(_REPLACEMENTS),
        ),
        min_size=1,
        max_size=2,
    )
)
def test_mutations_of_a_real_brief_are_judged_alike(
    mutations: list[tuple[tuple[Any, ...], str, Any]],
) -> None:
    document = DEEPSEEK
    for path, action, replacement in mutations:
        try:
            document = _mutate(document, path, action, replacement)
        except (KeyError, IndexError, TypeError):  # an earlier mutation removed the path
            continue
    _agree(json.dumps(document, ensure_ascii=False))


def test_the_issues_examples_are_refused_by_both() -> None:
    """Amounts as JSON numbers, spaced or full-width or Arabic-Indic digits, currency "usd"."""
    fact = next(i for i, f in enumerate(DEEPSEEK["facts"]) if "amount" in f.get("amount", {}))
    for amount in (5576000, " 5576000 ", "５５７６０００", "٥٥٧٦٠٠٠"):
        text = json.dumps(_mutate(DEEPSEEK, ("facts", fact, "amount", "amount"), "replace", amount))
        assert _verdicts(text)[0] is False
        assert _verdicts(text)[1]
    text = json.dumps(_mutate(DEEPSEEK, ("facts", fact, "amount", "currency"), "replace", "usd"))
    schema_ok, problems = _verdicts(text)
    assert not schema_ok
    assert "must be written as its ISO 4217 code, 'USD'" in problems[0].message
