"""A brief as a JSON document: the header, writing with msgspec and reading with every problem.

The document is ``{"format": "aibrief.brief", "version": 1, "sources": [...], "entities": [...],
"facts": [...]}``; how each value and record inside it is written is the business of
:mod:`aibrief._serialization`. The functions take the document's root class (``Brief``) as an
argument, because :mod:`aibrief._brief.brief` builds on this module.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any, Final, TypeVar

import msgspec

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
    # json.loads parses as fast as msgspec's untyped decoder and reports a line and column.
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as error:
        raise _load_error([Problem("$", _syntax_message(error, text), "json_syntax")]) from None
    except UnicodeDecodeError as error:
        raise _load_error(
            [Problem("$", f"not UTF-8 text ({error.reason})", "json_syntax")]
        ) from None
    problems = _header_problems(doc)
    if problems:
        raise _load_error(problems)
    body = {key: doc[key] for key in ("sources", "entities", "facts") if key in doc}
    try:
        return _reader(root)(body)
    except Exception:  # re-run below to report every problem with its path
        pass
    try:
        brief = converters()[1].structure(body, root)
    except Exception as error:
        raise _load_error(list(problems_of(error, "$"))) from None
    return brief  # pragma: no cover  (the fast converter failed where the detailed one did not)


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
    if version != VERSION or type(version) is not int:
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
