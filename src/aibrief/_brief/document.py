"""A brief as a JSON document: the header, writing with msgspec and reading with every problem.

The document is ``{"format": "aibrief.brief", "version": 1, "sources": [...], "entities": [...],
"facts": [...]}``; how each value and record inside it is written is the business of
:mod:`aibrief._serialization`. The functions take the document's root class (``Brief``) as an
argument, because :mod:`aibrief._brief.brief` builds on this module.
"""

from __future__ import annotations

import decimal
import json
import re
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any, Final, TypeVar

import msgspec

from aibrief._core.decimal import BOUND_DIGITS, EXACT, LITERAL_LENGTH
from aibrief._serialization.converter import collector_paused, converters, problems_of
from aibrief.errors import BriefLoadError, InvalidArgumentError, Problem, ValidationError

__all__ = ["FORMAT", "VERSION", "encode", "loads"]

T = TypeVar("T")

#: The ``format`` of a brief document, and the ``version`` this release writes and reads.
FORMAT: Final = "aibrief.brief"
VERSION: Final = 1

_HEADER: Final = frozenset({"format", "version", "sources", "entities", "facts"})
# What a JSON reader calls the value it found, by the Python type json.loads gives it.
_JSON_TYPES: Final = {
    list: "an array",
    str: "a string",
    int: "a number",
    float: "a number",
    bool: "true or false",
    type(None): "null",
}
#: The deepest a brief document nests: the document, facts, a fact, an Approx, its Money, is
#: five; names and citations go no deeper than seven. A document that does not load is looked
#: at again for nesting beyond this, so that the problem is reported where it is.
DEEPEST: Final = 12
# A surrogate written as an escape: only then (or when the text holds one itself) is every
# string looked at for one that is alone (a pair, "\ud83d\ude00", is one emoji and fine).
_SURROGATE_ESCAPE: Final = re.compile(r"\\u[dD][89a-fA-F]")
_SURROGATE_ESCAPE_BYTES: Final = re.compile(rb"\\u[dD][89a-fA-F]")


def loads(text: str | bytes, root: type[T]) -> T:
    """Read a brief document; raise :class:`BriefLoadError` listing every problem."""
    with collector_paused():
        return _read(text, root)


def encode(brief: object, *, indent: int | None = None) -> bytes:
    """The JSON document of a brief as UTF-8 bytes, ready for a file or a socket."""
    if indent is not None and (type(indent) is not int or indent < 0):
        message = f"indent must be None or a number of spaces (0 or more), got {indent!r}"
        raise InvalidArgumentError(message, name="indent", value=indent)
    with collector_paused():
        doc = {"format": FORMAT, "version": VERSION, **_writer(type(brief))(brief)}
        # msgspec's C encoder writes a large brief eight times faster than json.dumps.
        try:
            encoded = msgspec.json.encode(doc)
        except UnicodeEncodeError:
            raise ValidationError.for_problems(
                list(_unencodable(doc, "$")), what="writing the JSON document"
            ) from None
    return encoded if indent is None else msgspec.json.format(encoded, indent=indent)


def _unencodable(value: object, path: str) -> Iterator[Problem]:
    # Only on the error path: a lone surrogate (text decoded with errors="surrogateescape",
    # say) has no UTF-8 form, so the document cannot hold it.
    if isinstance(value, str):
        try:
            value.encode()
        except UnicodeEncodeError as error:
            bad = value[error.start : error.end]
            message = f"{value!r} holds {bad!r}, a lone surrogate; decode the source text again"
            yield Problem(path, message)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _unencodable(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _unencodable(item, f"{path}[{index}]")


# --- Reading ----------------------------------------------------------------------------------


def _read(text: str | bytes, root: type[T]) -> T:
    if not isinstance(text, str | bytes | bytearray):
        message = f"expected the JSON text of a brief as str or bytes, got {type(text).__name__}"
        raise _load_error([Problem("$", message, "json_syntax")])
    duplicated: list[tuple[dict[str, Any], list[str]]] = []
    # json.loads parses as fast as msgspec's untyped decoder and reports a line and column.
    try:
        doc = json.loads(
            text,
            object_pairs_hook=_object_reader(duplicated),
            parse_int=_integer,
            parse_float=_number,
            parse_constant=_constant,
        )
    except _RefusedLiteralError as error:
        raise _load_error([Problem("$", str(error), "json_syntax")]) from None
    except RecursionError:
        message = f"nested deeper than Python can read; a brief nests at most {DEEPEST} levels"
        raise _load_error([Problem("$", message, "json_syntax")]) from None
    except json.JSONDecodeError as error:
        raise _load_error([Problem("$", _syntax_message(error, text), "json_syntax")]) from None
    except UnicodeDecodeError as error:
        raise _load_error(
            [Problem("$", f"not UTF-8 text ({error.reason})", "json_syntax")]
        ) from None
    problems = _header_problems(doc) + _text_problems(doc, text, duplicated)
    if problems:
        raise _load_error(problems)
    body = {key: doc[key] for key in ("sources", "entities", "facts") if key in doc}
    try:
        return _reader(root)(body)
    except Exception:  # re-run below to report every problem with its path
        pass
    deep = _too_deep(doc)
    if deep is not None:
        message = f"nested deeper than a brief needs (at most {DEEPEST} levels)"
        raise _load_error([Problem(deep, message, "invalid")])
    try:
        brief = converters()[1].structure(body, root)
    except Exception as error:
        raise _load_error(list(problems_of(error, "$"))) from None
    return brief  # pragma: no cover  (the fast converter failed where the detailed one did not)


class _RefusedLiteralError(ValueError):
    """A JSON literal refused while parsing, before it is converted."""


def _object_reader(duplicated: list[tuple[dict[str, Any], list[str]]]) -> Callable[..., Any]:
    def read(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        obj = dict(pairs)
        if len(obj) != len(pairs):  # rare: counted only then, and found by identity later
            counts = Counter(key for key, _ in pairs)
            duplicated.append((obj, sorted(key for key, n in counts.items() if n > 1)))
        return obj

    return read


def _integer(literal: str) -> int:
    # A brief holds ints only as a version, a rank or an age; a longer literal would reach
    # Python's 4,300-digit limit (a bare ValueError) or take long to convert.
    if len(literal) > LITERAL_LENGTH:
        raise _RefusedLiteralError(
            f"a number {len(literal)} digits long ({literal[:20]}...); the numbers of a brief "
            f"are at most {LITERAL_LENGTH} characters"
        )
    return int(literal)


def _number(literal: str) -> object:
    """A JSON number with a fraction or an exponent: an int when it is whole (JSON Schema
    counts 1.0 as an integer), else a float, which no field of a brief accepts."""
    if len(literal) > LITERAL_LENGTH:
        raise _RefusedLiteralError(
            f"a number {len(literal)} characters long ({literal[:20]}...); the numbers of a "
            f"brief are at most {LITERAL_LENGTH} characters"
        )
    try:
        number = EXACT.create_decimal(literal)
    except decimal.DecimalException:  # an exponent past what decimal holds
        return float(literal)
    inside = -BOUND_DIGITS <= number.adjusted() < BOUND_DIGITS
    if not inside or number != number.to_integral_value(context=EXACT):
        return float(literal)
    return int(number)


def _constant(name: str) -> object:
    raise _RefusedLiteralError(f"{name} is not JSON; write numbers as strings such as '5576000'")


def _text_problems(
    doc: object, text: str | bytes | bytearray, duplicated: list[tuple[dict[str, Any], list[str]]]
) -> list[Problem]:
    """Duplicate keys and lone surrogates, which JSON parsers let through, with their paths."""
    problems = []
    if duplicated:
        keys = {id(obj): names for obj, names in duplicated}
        for path, obj in _walk(doc, "$"):
            for key in keys.get(id(obj), ()):
                message = f"the key {key!r} is given twice; a key may appear once in an object"
                problems.append(Problem(f"{path}.{key}", message, "invalid"))
    if _may_hold_surrogates(text):
        for path, value in _walk(doc, "$"):
            problems.extend(_unencodable(value, path) if isinstance(value, str) else ())
    return problems


def _may_hold_surrogates(text: str | bytes | bytearray) -> bool:
    # Both tests run in C over the whole text: a megabyte costs about a millisecond.
    if isinstance(text, str):
        try:
            text.encode()
        except UnicodeEncodeError:
            return True
        return _SURROGATE_ESCAPE.search(text) is not None
    return _SURROGATE_ESCAPE_BYTES.search(text) is not None


def _walk(value: object, path: str) -> Iterator[tuple[str, object]]:
    """Every value of a parsed document with its path, without recursing (only on rare paths)."""
    stack = [(path, value)]
    while stack:
        path, value = stack.pop()
        yield path, value
        if isinstance(value, dict):
            stack.extend((f"{path}.{key}", item) for key, item in reversed(value.items()))
        elif isinstance(value, list):
            stack.extend((f"{path}[{i}]", item) for i, item in reversed(list(enumerate(value))))


def _too_deep(doc: object) -> str | None:
    """The path of the first value nested deeper than :data:`DEEPEST`, if any."""
    stack = [("$", doc, 1)]
    while stack:
        path, value, depth = stack.pop()
        if depth > DEEPEST:
            return path
        if isinstance(value, dict):
            stack.extend((f"{path}.{key}", item, depth + 1) for key, item in value.items())
        elif isinstance(value, list):
            stack.extend((f"{path}[{i}]", item, depth + 1) for i, item in enumerate(value))
    return None


def _writer(root: type) -> Callable[[Any], dict[str, Any]]:
    return converters()[0].get_unstructure_hook(root)


def _reader(root: type[T]) -> Callable[[Any], T]:
    read: Callable[[Any], T] = converters()[0].get_structure_hook(root)  # type: ignore[assignment]  # called with the body only, as cattrs' generated functions allow
    return read


def _syntax_message(error: json.JSONDecodeError, text: str | bytes) -> str:
    if not text.strip():
        return f"the document is empty; expected a JSON object with format {FORMAT!r}"
    # json's message ends in "at" when it names where something began ("Unterminated string
    # starting at"); the others are followed by "at" here.
    at = "" if error.msg.endswith(" at") else " at"
    where = f"line {error.lineno}, column {error.colno}"
    return f"not valid JSON ({error.msg}{at} {where}); check the file is a whole JSON document"


def _header_problems(doc: object) -> list[Problem]:
    if not isinstance(doc, dict):
        got = _JSON_TYPES.get(type(doc), type(doc).__name__)
        return [Problem("$", f"expected a JSON object with format {FORMAT!r}, got {got}")]
    problems = []
    if doc.get("format") != FORMAT:
        problems.append(
            Problem("$.format", f"expected {FORMAT!r}, got {doc.get('format')!r}", "invalid")
        )
    version = doc.get("version")
    if version != VERSION or type(version) is not int:  # 1.0 was made an int while parsing
        fix = "upgrade aibrief to read it" if isinstance(version, int) and version > VERSION else ""
        message = f"this aibrief reads version {VERSION}, the document says {version!r}"
        problems.append(
            Problem("$.version", f"{message}; {fix}" if fix else message, "unsupported_version")
        )
    for key in sorted(set(doc) - _HEADER):
        problems.append(
            Problem(
                f"$.{key}", f"unexpected key {key!r}; expected only {sorted(_HEADER)}", "unexpected"
            )
        )
    return problems


def _load_error(problems: list[Problem]) -> BriefLoadError:
    return BriefLoadError.for_problems(problems, what="in the JSON document")
