"""Values in and out of the command line: briefs, conversions, parse results, records.

Numbers leave as exact decimal text (``"5576000"``, never ``5576000.0``), so JSON and CSV
readers get every digit.
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from aibrief._core.currency import validate_currency
from aibrief._core.decimal import round_decimal, to_decimal
from aibrief._money.money import Money
from aibrief._quantities.approx import Approx
from aibrief._reading.mentions import VagueMention
from aibrief._reading.numerals import tidy
from aibrief._units.registry import Q_
from aibrief.errors import InvalidArgumentError, UnknownCurrencyError
from aibrief.rates import ecb

if TYPE_CHECKING:
    from aibrief._money.conversion import Conversion
    from aibrief._reading.mentions import ParsedAmount

__all__ = [
    "CommandError",
    "conversion_json",
    "conversion_lines",
    "csv_text",
    "jsonable",
    "mention_record",
    "parsed_json",
    "parsed_lines",
    "rated_currency",
    "shown_money",
    "typed_value",
]

# How a conversion found its rate, as the text output says it.
_METHODS = {
    "published": "published",
    "previous": "last published before, on",
    "next": "next published after, on",
    "nearest": "nearest published day,",
    "interpolated": "interpolated for",
    "identity": "same currency,",
}


class CommandError(Exception):
    """Bad input found by the command line itself: a file it cannot read, a missing option."""


def rated_currency(code: str) -> str:
    """``code`` as a currency the ECB table converts, or an error listing those it does."""
    valid = validate_currency(code)
    table = ecb()
    if valid not in table.currencies:
        known = ", ".join(sorted(table.currencies))
        raise CommandError(
            f"--currency {valid}: the ECB publishes no rates for it; use one of {known}"
        )
    return valid


def shown_money(money: Money, *, significant: int | None, exact: bool) -> Money:
    """An amount as the command line shows it: rounded half-even to its currency's minor unit
    (the default), to ``significant`` digits, or every digit with ``exact``.

    >>> import aibrief as ab
    >>> from aibrief._cli.values import shown_money
    >>> won = ab.Money("7985223855.650522", "KRW")
    >>> shown_money(won, significant=None, exact=False), shown_money(won, significant=2, exact=False)
    (Money('7985223856', 'KRW'), Money('8000000000', 'KRW'))
    """
    if exact:
        return money
    return money.rounded(ROUND_HALF_EVEN, significant=significant)


def conversion_lines(
    conversion: Conversion[Any], *, significant: int | None = None, exact: bool = False
) -> list[str]:
    """The result, the rate with its day and how it was found, and the rate's source.

    The result is rounded as :func:`shown_money` says, and joined to the amount with "≈"
    when the rounding changed it.
    """
    original, result = _money_of(conversion.original), conversion.result
    ends = [result.low, result.high] if isinstance(result, Approx) else [result]
    shown = [shown_money(end, significant=significant, exact=exact) for end in ends if end]
    sign = "=" if shown == ends and not isinstance(result, Approx) else "≈"
    amounts = " to ".join(f"{end.amount:f}" for end in shown)
    rate = f"{conversion.rate:f} {shown[0].currency} per {original.currency}"
    return [
        f"{original} {sign} {amounts} {shown[0].currency}",
        f"rate: {rate}, {_how(conversion)}",
        f"source: {conversion.source}",
    ]


def conversion_json(
    conversion: Conversion[Any], *, significant: int | None = None, exact: bool = False
) -> dict[str, Any]:
    """A conversion as JSON-ready data: amounts and rate as exact decimal text, and the
    result as shown (``rounded``); a period adds its days and its lowest and highest rates."""
    original, result = _money_of(conversion.original), _money_of(conversion.result)
    data: dict[str, Any] = {
        "amount": f"{original.amount:f}",
        "from": original.currency,
        "to": result.currency,
        "result": f"{result.amount:f}",
        "rounded": f"{shown_money(result, significant=significant, exact=exact).amount:f}",
        "rate": f"{conversion.rate:f}",
        "rate_date": conversion.rate_date.isoformat(),
        "method": conversion.method,
        "source": conversion.source,
    }
    if isinstance(conversion.result, Approx):
        data["low"] = _amount_text(conversion.result.low)
        data["high"] = _amount_text(conversion.result.high)
    if conversion.period is not None and conversion.lowest and conversion.highest:
        data["period"] = str(conversion.period)
        data["days"] = conversion.days
        data["rate_low"] = f"{conversion.lowest.rate:f}"
        data["rate_high"] = f"{conversion.highest.rate:f}"
    return data


def _how(conversion: Conversion[Any]) -> str:
    """How the rate was found: "published 2025-01-27", or the average over a period."""
    lowest, highest = conversion.lowest, conversion.highest
    if conversion.period is None or lowest is None or highest is None:
        how = _METHODS.get(conversion.method, f"{conversion.method},")
        return f"{how} {conversion.rate_date}"
    return (
        f"average of the {conversion.days} days published in {conversion.period} (lowest "
        f"{_six(lowest.rate)} on {lowest.rate_date}, highest {_six(highest.rate)} on "
        f"{highest.rate_date})"
    )


def _six(rate: Decimal) -> str:
    return f"{round_decimal(rate, ROUND_HALF_EVEN, significant=6):f}"


def _money_of(figure: Money | Approx[Money]) -> Money:
    return figure if isinstance(figure, Money) else figure.value


def _amount_text(money: Money | None) -> str | None:
    return None if money is None else f"{money.amount:f}"


def parsed_lines(parsed: ParsedAmount) -> list[str]:
    """A parse result as aligned ``label: value`` lines.

    >>> import aibrief as ab
    >>> from aibrief._cli.values import parsed_lines
    >>> print("\\n".join(parsed_lines(ab.parse_amount("약 80억원"))))
    text:        약 80억원
    value:       8000000000
    currency:    KRW
    unit:        -
    qualifier:   about
    bounds:      7600000000 to 8400000000
    equivalent:  -
    """
    data = parsed_json(parsed)
    equivalent = data["equivalent"]
    currency = data["currency"] or "-"
    if parsed.currency_options:
        currency = f"- (one of {', '.join(parsed.currency_options)}; pass --locale)"
    rows = [
        ("text", parsed.text),
        ("value", data["value"]),
        ("currency", currency),
        ("unit", data["unit"] or "-"),
    ]
    if parsed.per is not None:
        rows.append(("per", f"{data['per']['value']} {data['per']['unit'] or ''}".rstrip()))
    if parsed.fraction is not None:  # "1 per 7" alone reads like a price with no unit
        ratio = parsed.to_approx().value
        sign = "=" if Fraction(ratio) == parsed.fraction else "≈"  # 1/7 is rounded
        rows.append(("fraction", f"{data['fraction']} {sign} {_decimal(ratio)}"))
    rows += [("qualifier", data["qualifier"]), ("bounds", _bounds(data))]
    if parsed.direction is not None:
        rows.append(("direction", parsed.direction))
    if equivalent is None:
        rows.append(("equivalent", "-"))
    else:
        what = equivalent["currency"] or equivalent["unit"] or ""
        rows.append(
            (
                "equivalent",
                f"{equivalent['text']} = {equivalent['value']} {what}".rstrip()
                + f", {equivalent['qualifier']}, bounds {_bounds(equivalent)}",
            )
        )
    return [f"{label + ':':<12} {value}" for label, value in rows]


def parsed_json(parsed: ParsedAmount) -> dict[str, Any]:
    """A parse result as JSON-ready data; ``low`` and ``high`` are the implied bounds.

    ``fraction`` is the exact ratio of a fraction ("7분의 1" gives ``"1/7"``), else ``None``.

    >>> import aibrief as ab
    >>> from aibrief._cli.values import parsed_json
    >>> data = parsed_json(ab.parse_amount("557만6000달러(약 80억원)"))
    >>> data["value"], data["currency"], data["equivalent"]["low"]
    ('5576000', 'USD', '7600000000')
    >>> parsed_json(ab.parse_amount("7분의 1"))["fraction"]
    '1/7'
    """
    low, high, low_open, high_open = _implied_bounds(parsed)
    return {
        "text": parsed.text,
        "lang": parsed.lang,
        "value": _decimal(parsed.value),
        "currency": parsed.currency,
        "currency_options": list(parsed.currency_options),
        "unit": parsed.unit,
        "per": None if parsed.per is None else parsed_json(parsed.per),
        "fraction": None if parsed.fraction is None else _decimal(parsed.fraction),
        "qualifier": parsed.qualifier,
        "low": None if low is None else _decimal(low),
        "high": None if high is None else _decimal(high),
        "low_open": low_open,
        "high_open": high_open,
        "direction": parsed.direction,
        "equivalent": None if parsed.equivalent is None else parsed_json(parsed.equivalent),
        "span": list(parsed.span),
    }


def mention_record(mention: ParsedAmount | VagueMention, source: str | None) -> dict[str, Any]:
    """One mention of ``aibrief find`` as a flat record: where it is, what it says, its bounds.

    Numbers are exact decimal text; a vague mention has no value, only its bounds.

    >>> import aibrief as ab
    >>> from aibrief._cli.values import mention_record
    >>> record = mention_record(ab.find_amounts("주가가 5% 이상 하락")[0], None)
    >>> record["text"], record["value"], record["qualifier"], record["high"], record["direction"]
    ('5% 이상 하락', '-5', 'up_to', '-5', 'down')
    """
    record: dict[str, Any] = {"file": source, "start": mention.span[0], "end": mention.span[1]}
    record["text"] = mention.text
    if isinstance(mention, VagueMention):
        return record | {
            "kind": "vague",
            "value": None,
            "currency": mention.currency,
            "currency_options": "",
            "unit": mention.unit,
            "per": None,
            "qualifier": None,
            "low": None if mention.low is None else _decimal(mention.low),
            "high": None if mention.high is None else _decimal(mention.high),
            "low_open": False,
            "high_open": mention.high_open,
            "direction": None,
            "equivalent": None,
        }
    data = parsed_json(mention)
    per = data["per"]
    equivalent = data["equivalent"]
    return record | {
        "kind": "amount",
        "value": data["value"],
        "currency": data["currency"],
        "currency_options": " ".join(data["currency_options"]),
        "unit": data["unit"],
        "per": None if per is None else f"{per['value']} {per['unit'] or ''}".rstrip(),
        "qualifier": data["qualifier"],
        "low": data["low"],
        "high": data["high"],
        "low_open": data["low_open"],
        "high_open": data["high_open"],
        "direction": data["direction"],
        "equivalent": None if equivalent is None else _stated(equivalent),
    }


def _stated(equivalent: dict[str, Any]) -> str:
    what = equivalent["currency"] or equivalent["unit"] or ""
    qualifier = "" if equivalent["qualifier"] == "exact" else f"{equivalent['qualifier']} "
    return f"{qualifier}{equivalent['value']} {what}".rstrip()


def typed_value(value: str | Decimal, code: str | None, qualifier: str) -> Any:
    """The value ``aibrief format`` writes: a number, Money or a quantity, maybe approximate.

    >>> from aibrief._cli.values import typed_value
    >>> typed_value("8000000000", "krw", "about")
    Approx(Money('8000000000', 'KRW'), 'about')
    """
    number = to_decimal(value, name="value")
    typed: Any = number
    if code is not None:
        typed = _money_or_quantity(number, code)
    return typed if qualifier == "exact" else Approx(typed, qualifier)  # type: ignore[arg-type]


def jsonable(value: Any) -> Any:
    """Records as JSON-ready data: decimals and fractions as text, tuples as lists."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, Decimal):
        return _decimal(value)
    if isinstance(value, list | tuple):
        return [jsonable(item) for item in value]
    if isinstance(value, dict):
        return {str(key): jsonable(item) for key, item in value.items()}
    return str(value)


def csv_text(records: list[dict[str, Any]]) -> str:
    """Records as CSV with a header row; lists and mappings as JSON text inside a cell.

    >>> import aibrief as ab
    >>> from aibrief._cli.values import csv_text
    >>> rows = csv_text(ab.datasets.deepseek().to_records("market_move")).splitlines()
    >>> rows[0][:50]
    'kind,id,date,entities,sources,phrases,security,exc'
    >>> rows[1][:60]
    'market_move,nvidia-drop,2025-01-27,,"[""mt-deepseek-liang-we'
    """
    import csv
    import io

    columns: list[str] = []
    for record in records:
        columns += [name for name in record if name not in columns]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for record in records:
        writer.writerow([_cell(record.get(name)) for name in columns])
    return out.getvalue()


def _cell(value: Any) -> str:
    import json

    if value is None or value == () or value == []:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple | dict):
        return json.dumps(jsonable(value), ensure_ascii=False)
    if isinstance(value, Decimal):
        return _decimal(value)
    return str(value)


def _money_or_quantity(number: Decimal, code: str) -> Any:
    try:
        return Money(number, validate_currency(code))
    except UnknownCurrencyError as error:
        if code.isupper():
            raise  # meant as a currency code: keep its suggestions
        unknown = error
    from pint.errors import PintError

    try:
        return Q_(number, code)
    except (PintError, ValueError, TypeError):
        if len(code) == 3 and code.isalpha():
            raise unknown from None
        message = (
            f"{code!r} is neither an ISO 4217 currency code nor a unit aibrief knows; pass a "
            "currency such as KRW or a unit such as percent, person, token"
        )
        raise InvalidArgumentError(message, name="code", value=code) from None


def _implied_bounds(
    parsed: ParsedAmount,
) -> tuple[Decimal | None, Decimal | None, bool, bool]:
    """The interval the amount states, as plain numbers: its ends and whether each is left out."""
    approx = Approx(
        parsed.value,
        parsed.qualifier,
        low=parsed.low,
        high=parsed.high,
        low_open=parsed.low_open if parsed.low is not None else None,
        high_open=parsed.high_open if parsed.high is not None else None,
    )
    return approx.low, approx.high, bool(approx.low_open), bool(approx.high_open)


def _bounds(data: dict[str, Any]) -> str:
    low, high = data["low"], data["high"]
    text = f"{low if low is not None else '-inf'} to {high if high is not None else 'inf'}"
    left_out = [end for end in ("low", "high") if data.get(f"{end}_open")]
    if len(left_out) == 2:
        return text + ", both ends left out"
    return text + "".join(f", {end} end left out" for end in left_out)


def _decimal(value: Decimal | Fraction) -> str:
    return str(value) if isinstance(value, Fraction) else f"{tidy(value):f}"
