"""JSON round trips, load errors with their paths, the JSON Schema, and tables."""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import jsonschema  # type: ignore[import-untyped]
import pytest
from hypothesis import given, settings

import aibrief as ab
from strategies import amounts, briefs, partial_dates, values

CONVERTER = ab.make_converter()
CITE = [ab.Citation(source="mt", phrase="557만6000달러(약 80억원)")]
COST = ab.DevelopmentCost(
    id="v3-cost",
    amount=ab.Money("5576000", "USD"),
    stated_equivalent=ab.Approx(ab.Money("8000000000", "KRW"), "about"),
    hardware=["nvidia-h800"],
    comparisons=[ab.Comparison("chatgpt", "0.056")],
    citations=CITE,
)


@settings(max_examples=60, deadline=None)
@given(briefs())
def test_briefs_round_trip_losslessly(brief: ab.Brief) -> None:
    assert ab.Brief.from_json(brief.to_json(), validate=False) == brief


@settings(max_examples=60, deadline=None)
@given(briefs())
def test_the_schema_validates_every_document_written(brief: ab.Brief) -> None:
    # Built per example: other tests register kinds of their own, which briefs() then draws.
    schema = ab.Brief.json_schema()
    jsonschema.Draft202012Validator(schema).validate(json.loads(brief.to_json()))


SCHEMA = ab.Brief.json_schema()


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["properties"]["format"] == {"const": "aibrief.brief"}


def test_the_schema_rejects_what_the_loader_rejects() -> None:
    doc = json.loads(ab.Brief(facts=[COST]).to_json())
    doc["facts"][0]["amount"]["amount"] = 5576000.0
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, SCHEMA)


@given(partial_dates())
def test_partial_dates_are_iso_text(value: ab.PartialDate) -> None:
    assert CONVERTER.unstructure(value) == value.isoformat()
    assert CONVERTER.structure(value.isoformat(), ab.PartialDate) == value


@given(amounts)
def test_amounts_round_trip(value: ab.Money | ab.Approx[ab.Money]) -> None:
    assert CONVERTER.structure(CONVERTER.unstructure(value), type(value)) == value


@given(values)
def test_values_round_trip(value: object) -> None:
    assert CONVERTER.structure(CONVERTER.unstructure(value), type(value)) == value


def test_the_json_of_each_value_type() -> None:
    fact = json.loads(ab.Brief(facts=[COST]).to_json())["facts"][0]
    assert fact["kind"] == "development_cost"
    assert fact["amount"] == {"amount": "5576000", "currency": "USD"}
    assert fact["stated_equivalent"] == {
        "value": {"amount": "8000000000", "currency": "KRW"},
        "qualifier": "about",
        "low": "7600000000.00",
        "high": "8400000000.00",
        "low_open": False,
        "high_open": False,
        "tolerance": "0.05",
    }
    assert fact["comparisons"] == [{"to": "chatgpt", "ratio": "7/125"}]
    assert CONVERTER.unstructure(ab.Q_(1_000_000, "token")) == {
        "magnitude": "1000000",
        "unit": "token",
    }
    assert CONVERTER.unstructure(ab.StockListing.parse("KRX:000660")) == "KRX:000660"
    assert CONVERTER.structure("1/7", Fraction) == Fraction(1, 7)
    assert CONVERTER.structure("-17", Decimal) == Decimal("-17")


def test_loading_reports_every_problem_with_its_json_path() -> None:
    doc = json.loads(ab.Brief(facts=[COST, COST]).to_json())
    doc["facts"][0]["amount"] = {"amount": 5.5, "currency": "USD"}
    doc["facts"][0]["hardware"] = "nvidia-h800"
    doc["facts"][1]["kind"] = "developement_cost"
    doc["entities"] = [
        {"type": "organization", "id": "deepseek", "names": {"primary": {"en": "DeepSeek"}}}
    ]
    with pytest.raises(ab.BriefLoadError) as caught:
        ab.Brief.from_json(json.dumps(doc))
    problems = caught.value.problems
    assert [(p.path, p.code) for p in problems] == [
        ("$.entities[0].kind", "missing"),
        ("$.facts[0].amount", "invalid"),
        ("$.facts[0].hardware", "invalid"),
        ("$.facts[1].kind", "unknown_kind"),
    ]
    assert "got 5.5" in problems[1].message
    assert "'development_cost'" in problems[3].message
    assert isinstance(caught.value, ab.ValidationError)


@pytest.mark.parametrize(
    ("text", "path", "code"),
    [
        ("{bad json", "$", "json_syntax"),
        ("[]", "$", "invalid"),
        ('{"format": "aibrief.brief", "version": 2}', "$.version", "unsupported_version"),
        ('{"format": "aibrief.brief", "version": 1, "extra": 1}', "$.extra", "unexpected"),
        (
            '{"format": "aibrief.brief", "version": 1, "facts": [{"id": "x"}]}',
            "$.facts[0].kind",
            "missing",
        ),
        (
            '{"format": "aibrief.brief", "version": 1, "facts": [{"kind": "os.system"}]}',
            "$.facts[0].kind",
            "unknown_kind",
        ),
    ],
)
def test_bad_documents(text: str, path: str, code: str) -> None:
    with pytest.raises(ab.BriefLoadError) as caught:
        ab.Brief.from_json(text)
    assert (caught.value.problems[0].path, caught.value.problems[0].code) == (path, code)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            '{"format": "aibrief.brief", "version": 1, "sources": [{"id": "s", "publisher": "Money To',
            "not valid JSON (Unterminated string starting at line 1, column 80); "
            "check the file is a whole JSON document",
        ),
        ('{"a":', "not valid JSON (Expecting value at line 1, column 6); check the file"),
        ("", "the document is empty; expected a JSON object with format 'aibrief.brief'"),
        (" \n", "the document is empty; expected a JSON object with format 'aibrief.brief'"),
        ("null", "expected a JSON object with format 'aibrief.brief', got null"),
        ("[1]", "expected a JSON object with format 'aibrief.brief', got an array"),
        ('"brief"', "expected a JSON object with format 'aibrief.brief', got a string"),
    ],
)
def test_documents_that_are_not_a_brief_say_what_they_are(text: str, message: str) -> None:
    """The message reads as a sentence: no "starting at at", no Python type names."""
    with pytest.raises(ab.BriefLoadError) as caught:
        ab.Brief.from_json(text)
    assert caught.value.problems[0].message.startswith(message)


def test_unexpected_keys_in_records_are_reported() -> None:
    doc = json.loads(ab.Brief(facts=[COST]).to_json())
    doc["facts"][0]["amont"] = "1"
    with pytest.raises(ab.BriefLoadError) as caught:
        ab.Brief.from_json(json.dumps(doc))
    assert caught.value.problems == (
        ab.Problem("$.facts[0].amont", "unexpected key 'amont'", "unexpected"),
    )


def test_strings_ints_and_bools_are_not_coerced() -> None:
    with pytest.raises(TypeError):
        CONVERTER.structure(5, str)
    with pytest.raises(TypeError):
        CONVERTER.structure(True, int)
    with pytest.raises(TypeError):
        CONVERTER.structure("yes", bool)


def test_loading_validates_the_brief_unless_asked_not_to() -> None:
    text = ab.Brief(facts=[COST]).to_json()
    with pytest.raises(ab.ValidationError) as caught:
        ab.Brief.from_json(text)
    assert not isinstance(caught.value, ab.BriefLoadError)
    assert ab.Brief.from_json(text, validate=False).facts == (COST,)


def test_file_helpers(tmp_path: Path) -> None:
    brief = ab.Brief(facts=[COST])
    path = tmp_path / "brief.json"
    brief.dump(path)
    assert path.read_text(encoding="utf-8").startswith('{\n  "format": "aibrief.brief"')
    assert "약 80억원" in path.read_text(encoding="utf-8")
    assert ab.Brief.load(path, validate=False) == brief


def test_indented_documents_are_laid_out_as_the_standard_library_does() -> None:
    compact = ab.datasets.deepseek().to_json()
    assert compact.startswith('{"format":"aibrief.brief","version":1,"sources":[{"id":')
    for indent in (1, 2, 4):
        expected = json.dumps(json.loads(compact), ensure_ascii=False, indent=indent)
        assert ab.datasets.deepseek().to_json(indent=indent) == expected


def test_text_utf8_cannot_hold_is_reported_with_its_path() -> None:
    source = ab.Source(id="mt", publisher="머니투데이", title="딥시크\udcec")
    with pytest.raises(ab.ValidationError) as caught:
        ab.Brief(sources=[source]).to_json()
    [problem] = caught.value.problems
    assert problem.path == "$.sources[0].title"
    assert "'\\udcec', a lone surrogate" in problem.message


@pytest.mark.parametrize("indent", [-1, True, "2", 2.0])
def test_a_bad_indent_is_refused(indent: object) -> None:
    with pytest.raises(ab.InvalidArgumentError, match="indent must be None or a number") as caught:
        ab.Brief().to_json(indent=indent)  # type: ignore[arg-type]
    assert caught.value.value is indent


def test_records_split_amounts() -> None:
    (row,) = ab.Brief(facts=[COST]).to_records(ab.DevelopmentCost)
    assert row["amount"] == Decimal("5576000")
    assert row["amount_currency"] == "USD"
    assert row["amount_qualifier"] == "exact"
    assert (row["stated_equivalent"], row["stated_equivalent_currency"]) == (
        Decimal("8000000000"),
        "KRW",
    )
    assert row["stated_equivalent_qualifier"] == "about"
    assert row["stated_equivalent_low"] == Decimal("7600000000.00")
    assert row["comparisons"] == {"chatgpt": Fraction(7, 125)}
    assert row["sources"] == ("mt",)


def test_records_of_an_unknown_kind() -> None:
    with pytest.raises(ab.UnknownKindError):
        ab.Brief().to_records("acquisiton")


def test_to_frame() -> None:
    pandas = pytest.importorskip("pandas")
    frame = ab.Brief(facts=[COST]).to_frame("development_cost")
    assert isinstance(frame, pandas.DataFrame)
    assert frame.loc[0, "amount_currency"] == "USD"
    empty = ab.Brief().to_frame(ab.MarketMove)
    assert "percent_change_qualifier" in empty.columns
    assert len(empty) == 0


def test_to_frame_without_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ab.MissingExtraError, match=r"pip install aibrief\[pandas\]"):
        ab.Brief().to_frame("market_move")
