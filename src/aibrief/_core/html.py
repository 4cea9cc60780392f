"""The small HTML toolkit behind every ``_repr_html_``: tables of fields or rows, escaped.

Each type renders itself with these functions in its own module, so no lower layer has to
reach up to a display module. Every piece of text goes through :func:`html.escape`, because
names, phrases and sources come from news and user data. Amounts keep their full precision
and gain thousands separators (``5,576,000``), as news prints them. A cell holding a list
shows one item a line; a :class:`Marked` cell carries a class (a verdict, say) that a notebook
can style. The output is well-formed XML as well as HTML, so any parser reads it.

>>> print(fields("money", [("amount", Decimal("5576000")), ("note", "<b>")]))
<table class="aibrief aibrief-money"><tr><th>amount</th><td>5,576,000</td></tr><tr><th>note</th><td>&lt;b&gt;</td></tr></table>
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from decimal import Decimal
from typing import Final, NamedTuple, Protocol

from aibrief._core.decimal import EXACT, to_decimal
from aibrief._core.types import is_quantity

__all__ = ["HtmlText", "Marked", "Titled", "cell_text", "fields", "percent", "rows"]

# The class names let a notebook or the docs style aibrief's tables without touching others.
_TABLE: Final = '<table class="aibrief aibrief-{kind}">'
_EMPTY: Final = "—"  # an em dash marks a missing value, as tables in print do
_LINE_BREAK: Final = "<br/>"


class HtmlText(Protocol):
    """A value that says how it reads in a table cell (Money writes ``5,576,000 USD``).

    Types of higher layers implement ``_html_text_``; :func:`cell_text` calls it.
    """

    def _html_text_(self) -> str: ...


class Titled(NamedTuple):
    """A cell that shows ``text`` and gives ``title`` on hover: a rounded figure, the exact one.

    >>> print(fields("x", [("result", Titled("7,985,223,856 KRW", "7985223855.65 KRW"))]))
    <table class="aibrief aibrief-x"><tr><th>result</th><td title="7985223855.65 KRW">7,985,223,856 KRW</td></tr></table>
    """

    text: str
    title: str


class Marked(NamedTuple):
    """A cell value whose cell carries the class ``aibrief-<mark>``, e.g. a verdict.

    >>> print(fields("check", [("verdict", Marked("✗ inconsistent", "inconsistent"))]))
    <table class="aibrief aibrief-check"><tr><th>verdict</th><td class="aibrief-inconsistent">✗ inconsistent</td></tr></table>
    """

    value: object
    mark: str


def fields(kind: str, pairs: Sequence[tuple[str, object]]) -> str:
    """A two-column table of ``(name, value)`` pairs, one row each."""
    body = "".join(f"<tr><th>{_escape(name)}</th>{_cell(value)}</tr>" for name, value in pairs)
    return f"{_TABLE.format(kind=kind)}{body}</table>"


def rows(
    kind: str, header: Sequence[str], body_rows: Sequence[Sequence[object]], *, caption: str
) -> str:
    """A table with a caption, a header row and one row per item."""
    head = "".join(f"<th>{_escape(name)}</th>" for name in header)
    body = "".join("<tr>" + "".join(map(_cell, row)) + "</tr>" for row in body_rows)
    return (
        f"{_TABLE.format(kind=kind)}<caption>{_escape(caption)}</caption>"
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def cell_text(value: object) -> str:
    """Plain text of a value for a table cell: grouped digits, ISO dates, a dash for nothing.

    A value that defines ``_html_text_`` writes itself; a pint quantity is its grouped
    magnitude and its units.

    >>> cell_text(Decimal("1234.5")), cell_text(None), cell_text(datetime.date(2025, 1, 27))
    ('1,234.5', '—', '2025-01-27')
    """
    if value is None:
        return _EMPTY
    if isinstance(value, Decimal):
        return f"{value:,f}"
    own_text = getattr(value, "_html_text_", None)
    if own_text is not None:
        return str(own_text())
    if is_quantity(value):  # a pint quantity: "411,000 person"
        return f"{cell_text(to_decimal(value.magnitude))} {value.units}"  # type: ignore[attr-defined]
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


def percent(value: Decimal | None) -> str | None:
    """A ratio as a percentage with two decimals (``Decimal("0.0667")`` is ``"6.67%"``)."""
    if value is None:
        return None
    return f"{EXACT.multiply(value, Decimal(100)).quantize(Decimal('0.01'), context=EXACT):f}%"


def _cell(value: object) -> str:
    """A ``<td>``: a list one item a line, a Marked value with its class, a Titled value with
    its title, text escaped."""
    if isinstance(value, Titled):
        return f'<td title="{_escape(value.title)}">{_escape(value.text)}</td>'
    attributes = ""
    if isinstance(value, Marked):
        attributes = f' class="aibrief-{_escape(value.mark)}"'
        value = value.value
    if isinstance(value, list):
        text = _LINE_BREAK.join(_escape(cell_text(item)) for item in value)
    else:
        text = _escape(cell_text(value))
    return f"<td{attributes}>{text}</td>"


def _escape(text: str) -> str:
    # Imported here for laziness: the html package loads its 2,000-entry entity table, which
    # a Money need not pay for unless it is shown in a notebook.
    from html import escape

    return escape(text, quote=True)
