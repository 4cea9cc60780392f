"""Errors raised by aibrief (the warnings it gives are in :mod:`aibrief.warnings`).

Every error derives from :class:`AibriefError`, and each also derives from the builtin it
resembles, so ``except ValueError`` keeps working in code that does not know aibrief::

    AibriefError
    ├── AmountTypeError (TypeError)          a float, bool or other type where an amount is meant
    ├── InvalidAmountError (ValueError)      NaN, infinity, malformed text, unsplittable amounts
    ├── UnknownCurrencyError (ValueError, LookupError)
    ├── CurrencyMismatchError (ValueError)   arithmetic on two different currencies
    ├── RateUnavailableError (LookupError)   no rate for that pair on that date
    ├── FrameConversionError (LookupError)   rows of a frame with unknown codes or no rate, all at once
    ├── RateDataError (ValueError)           a malformed rate file or CSV, or a download that shrinks
    ├── RateUpdateError (OSError)            rates that could not be downloaded or stored
    ├── DateTypeError (TypeError)            a string, tuple or datetime where a date is meant
    ├── InvalidArgumentError (ValueError)    an option out of its range, e.g. a negative look-back
    ├── InvalidPartialDateError (ValueError) month 13, February 30, quarter 5, a day without a month
    ├── ParseError (ValueError)              text that cannot be read, e.g. a vague date phrase
    ├── UnitError (TypeError)                units that do not fit, e.g. money plus a count of tokens
    ├── InvalidFieldError (ValueError)       a model field given a bad value, e.g. an id that is no slug
    ├── FieldTypeError (TypeError)           a model field given the wrong type, e.g. text for a list
    ├── ValidationError (ValueError)         a brief or model with problems, each with its path
    │   └── BriefLoadError                   a JSON document that cannot be read as a brief
    ├── MergeConflictError (ValueError)      two briefs with different records under one id
    ├── UnknownIdError (LookupError)         an id that names nothing in the brief
    ├── UnknownKindError (LookupError)       a fact kind or entity type that is not registered
    ├── NameNotFoundError (LookupError)      no name in the language asked for
    ├── MissingExtraError (ImportError)      an optional dependency that is not installed
    └── FormatError (ValueError)             an amount a style cannot write, e.g. news style in German

The warnings aibrief gives are in :mod:`aibrief.warnings`.

Errors carry their data as attributes, so callers need not parse the message:

>>> import aibrief as ab
>>> try:
...     ab.Money("1", "USDD")
... except ab.UnknownCurrencyError as error:
...     print(error.code, error.suggestions)
USDD ('USD', 'SDD')
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Literal, Self

import attrs


class AibriefError(Exception):
    """The base of every error aibrief raises.

    >>> import aibrief as ab
    >>> issubclass(ab.CurrencyMismatchError, ab.AibriefError)
    True
    """


class AmountTypeError(AibriefError, TypeError):
    """An amount of the wrong type, such as a ``float`` where money is meant.

    >>> import aibrief as ab
    >>> ab.Money(0.1, "USD")
    Traceback (most recent call last):
    ...
    aibrief.errors.AmountTypeError: amount 0.1 is a float, which cannot hold money exactly; pass a string such as '0.1' or a Decimal
    """

    def __init__(self, message: str, *, value: object = None) -> None:
        super().__init__(message)
        self.value = value

    @classmethod
    def for_value(cls, value: object, *, name: str = "amount") -> AmountTypeError:
        """Build the error for ``value``, with advice that fits its type."""
        if isinstance(value, float):
            held = "money" if name == "amount" else "most decimal fractions"
            advice = (
                f"which cannot hold {held} exactly; pass a string such as '{value!r}' or a Decimal"
            )
            return cls(f"{name} {value!r} is a float, {advice}", value=value)
        expected = "an int, a str such as '5576000' or a decimal.Decimal"
        return cls(
            f"{name} {value!r} is a {type(value).__name__}; expected {expected}", value=value
        )


class InvalidAmountError(AibriefError, ValueError):
    """An amount that is not a finite number, or that cannot be used as asked.

    >>> import aibrief as ab
    >>> ab.Money("NaN", "USD")
    Traceback (most recent call last):
    ...
    aibrief.errors.InvalidAmountError: amount 'NaN' is not a finite number; pass digits such as '5576000'
    """

    def __init__(self, message: str, *, value: object = None) -> None:
        super().__init__(message)
        self.value = value


class UnknownCurrencyError(AibriefError, ValueError, LookupError):
    """A currency code that is not an ISO 4217 code known to babel's data.

    ``suggestions`` holds the closest known codes, best first.

    >>> import aibrief as ab
    >>> ab.Money("1", "KWR").currency
    Traceback (most recent call last):
    ...
    aibrief.errors.UnknownCurrencyError: unknown currency code 'KWR'; expected an ISO 4217 code such as 'USD', 'CNY' or 'KRW' (did you mean 'KRW' or 'ZWR' or 'PKR'?)
    """

    def __init__(self, message: str, *, code: object, suggestions: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.code = code
        self.suggestions = tuple(suggestions)

    @classmethod
    def for_code(cls, code: object, suggestions: Sequence[str]) -> UnknownCurrencyError:
        """Build the error for ``code`` with its closest known codes."""
        message = f"unknown currency code {code!r}; expected an ISO 4217 code such as 'USD', 'CNY' or 'KRW'"
        if suggestions:
            message += " (did you mean " + " or ".join(repr(s) for s in suggestions) + "?)"
        return cls(message, code=code, suggestions=suggestions)


class CurrencyMismatchError(AibriefError, ValueError):
    """Arithmetic or comparison between amounts in two different currencies.

    >>> import aibrief as ab
    >>> ab.Money("1", "USD") + ab.Money("1", "KRW")
    Traceback (most recent call last):
    ...
    aibrief.errors.CurrencyMismatchError: cannot add USD and KRW amounts; convert one first, e.g. with aibrief.convert(money, 'USD', on=date)
    """

    def __init__(self, message: str, *, left: str, right: str) -> None:
        super().__init__(message)
        self.left = left
        self.right = right

    @classmethod
    def for_operation(cls, operation: str, left: str, right: str) -> CurrencyMismatchError:
        """Build the error for ``operation`` ("add", "compare", ...) on two currencies."""
        fix = f"convert one first, e.g. with aibrief.convert(money, {left!r}, on=date)"
        return cls(f"cannot {operation} {left} and {right} amounts; {fix}", left=left, right=right)


class RateUnavailableError(AibriefError, LookupError):
    """No exchange rate for a currency pair on the date asked.

    ``first_date`` and ``last_date`` give the range that is available, when known.

    >>> import datetime, aibrief as ab
    >>> ab.convert(ab.Money("1", "CNY"), "USD", on=datetime.date(2001, 5, 2))
    Traceback (most recent call last):
    ...
    aibrief.errors.RateUnavailableError: ...
    """

    def __init__(
        self,
        message: str,
        *,
        source_currency: str | None = None,
        target_currency: str | None = None,
        on: date | None = None,
        first_date: date | None = None,
        last_date: date | None = None,
    ) -> None:
        super().__init__(message)
        self.source_currency = source_currency
        self.target_currency = target_currency
        self.on = on
        self.first_date = first_date
        self.last_date = last_date


class FrameConversionError(AibriefError, LookupError):
    """Rows of a frame that cannot be converted, every one reported at once.

    ``unknown_currencies`` maps each code that is not a currency (or that the rate source
    does not hold) to its row positions (0-based, as ``iloc``); ``unavailable`` maps each
    (currency, date) without a rate to its row positions, and ``reasons`` gives each the
    scalar path's message.

    >>> import aibrief as ab, pandas as pd
    >>> deals = pd.DataFrame({"amount": [1.0, 2.0, 3.0], "currency": ["KWR", "CNY", "KWR"],
    ...                       "date": ["2025-01-27", "2004-01-05", "2025-01-27"]})
    >>> ab.convert_frame(deals, "USD")
    Traceback (most recent call last):
    ...
    aibrief.errors.FrameConversionError: 3 rows cannot be converted to USD:
      currency 'KWR' (rows 0, 2): unknown currency code 'KWR'; ...
      CNY on 2004-01-05 (row 1): no CNY rate on 2004-01-05: CNY rates run from 2005-04-01 to ...
    """

    def __init__(
        self,
        message: str,
        *,
        unknown_currencies: Mapping[str, Sequence[int]],
        unavailable: Mapping[tuple[str, date], Sequence[int]],
        reasons: Mapping[object, str],
    ) -> None:
        super().__init__(message)
        self.unknown_currencies = {code: tuple(rows) for code, rows in unknown_currencies.items()}
        self.unavailable = {key: tuple(rows) for key, rows in unavailable.items()}
        self.reasons = dict(reasons)


class RateDataError(AibriefError, ValueError):
    """A rate file or CSV that cannot be read as dated rates.

    >>> import aibrief as ab
    >>> issubclass(ab.RateDataError, ValueError)
    True
    """

    def __init__(self, message: str, *, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


class RateUpdateError(AibriefError, OSError):
    """Rates that could not be downloaded or stored: no answer in time, an HTTP error, no
    connection, a cache folder that cannot be written.

    ``url`` is the address asked for and ``status`` the HTTP status, when there was one. The
    rates held before are left as they were.

    >>> import aibrief as ab
    >>> ab.rates.update(url="file:///nowhere/eurofxref-hist.zip")
    Traceback (most recent call last):
    ...
    aibrief.errors.RateUpdateError: cannot read file:///nowhere/eurofxref-hist.zip: No such file or directory; check the path; the rates held were not changed
    """

    def __init__(self, message: str, *, url: str, status: int | None = None) -> None:
        super().__init__(message)
        self.url = url
        self.status = status


class DateTypeError(AibriefError, TypeError):
    """A value of the wrong type where a :class:`datetime.date` is meant.

    >>> import aibrief as ab
    >>> ab.Money("1", "USD").to("KRW", on="2025-01-27")
    Traceback (most recent call last):
    ...
    aibrief.errors.DateTypeError: ...
    """

    def __init__(self, message: str, *, value: object, expected: str = "datetime.date") -> None:
        super().__init__(message)
        self.value = value
        self.expected = expected


class InvalidArgumentError(AibriefError, ValueError):
    """An option outside the values it accepts, such as a negative look-back.

    >>> import aibrief as ab
    >>> issubclass(ab.InvalidArgumentError, ValueError)
    True
    """

    def __init__(self, message: str, *, name: str, value: object) -> None:
        super().__init__(message)
        self.name = name
        self.value = value


# --- Dates and text parsing (helper "dates") ----------------------------------------------------


class InvalidPartialDateError(AibriefError, ValueError):
    """A partial date that does not exist, such as month 13, February 30 or a fifth quarter.

    ``value`` is the offending value and ``expected`` describes what was expected.

    >>> import aibrief as ab
    >>> ab.PartialDate(2023, 13)
    Traceback (most recent call last):
    ...
    aibrief.errors.InvalidPartialDateError: month 13 is out of range; expected a month from 1 to 12
    """

    def __init__(self, message: str, *, value: object, expected: str) -> None:
        super().__init__(message)
        self.value = value
        self.expected = expected


class ParseError(AibriefError, ValueError):
    """Text that cannot be read as the value asked for.

    ``text`` is the whole input, ``position`` the index in it where reading failed (or
    ``None``), and ``reason`` a short tag callers can branch on: ``"unrecognised"``, ``"vague"``,
    ``"ambiguous"``, ``"needs_context"`` or ``"invalid_date"``; :func:`aibrief.parse_amount`
    also gives ``"empty"`` for blank text.

    >>> import datetime, aibrief as ab
    >>> try:
    ...     ab.parse_date("올해 초", reference=datetime.date(2025, 1, 31))
    ... except ab.ParseError as error:
    ...     print(error.reason, error.position)
    vague 3
    """

    def __init__(
        self, message: str, *, text: str, position: int | None = None, reason: str
    ) -> None:
        super().__init__(message)
        self.text = text
        self.position = position
        self.reason = reason


# --- Units and approximate values (helper "units") -----------------------------------------------


class UnitError(AibriefError, TypeError):
    """Values whose units do not fit the operation, such as money plus a count of tokens.

    Like pint's ``DimensionalityError`` it is a :class:`TypeError`; ``left`` and ``right`` name
    the two units (``"dimensionless"`` for a plain number).

    >>> import aibrief as ab
    >>> ab.Money("5", "USD") + ab.Q_(3, "token")
    Traceback (most recent call last):
    ...
    aibrief.errors.UnitError: cannot add 'USD' and 'token': [currency_USD] and [token] do not mix; ...
    """

    def __init__(self, message: str, *, left: str, right: str) -> None:
        super().__init__(message)
        self.left = left
        self.right = right

    @classmethod
    def for_units(
        cls, operation: str, left: str, right: str, *, dimensions: tuple[str, str], fix: str
    ) -> UnitError:
        """Build the error for ``operation`` ("add", "convert", ...) between two units."""
        left_dim, right_dim = dimensions
        mismatch = f"{left_dim} and {right_dim} do not mix"
        return cls(
            f"cannot {operation} {left!r} and {right!r}: {mismatch}; {fix}", left=left, right=right
        )


# --- Models, briefs and their JSON (helper "models") --------------------------------------------


class InvalidFieldError(AibriefError, ValueError):
    """A model field given a value it cannot hold, such as an id that is not a slug.

    >>> import aibrief as ab
    >>> ab.Source(id="Money Today", publisher="머니투데이", title="딥시크", language="ko")
    Traceback (most recent call last):
    ...
    aibrief.errors.InvalidFieldError: ...
    """


class FieldTypeError(AibriefError, TypeError):
    """A model field given a value of the wrong type, such as one string where a list is meant.

    >>> import aibrief as ab
    >>> issubclass(ab.FieldTypeError, TypeError)
    True
    """


#: What kind of problem a :class:`Problem` reports, for callers that filter or count them.
ProblemCode = Literal[
    "invalid",
    "missing",
    "unexpected",
    "dangling_reference",
    "duplicate_id",
    "no_citation",
    "before_founding",
    "before_birth",
    "unknown_kind",
    "json_syntax",
    "unsupported_version",
]


@attrs.frozen
class Problem:
    """One problem found in a brief or a JSON document, with the JSON path where it is.

    >>> import aibrief as ab
    >>> ab.Problem("$.facts[0].model", "'deepseek-v9' is not the id of any entity",
    ...            "dangling_reference")
    Problem(path='$.facts[0].model', message="'deepseek-v9' is not the id of any entity", code='dangling_reference')
    """

    path: str
    message: str
    code: ProblemCode = "invalid"

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class ValidationError(AibriefError, ValueError):
    """A brief or model with problems; ``problems`` lists every one of them with its path.

    >>> import aibrief as ab
    >>> error = ab.ValidationError.for_problems([ab.Problem("$.facts[0].citations",
    ...     "a fact needs at least one citation", "no_citation")])
    >>> print(error)
    1 problem:
      $.facts[0].citations: a fact needs at least one citation
    >>> error.problems[0].code
    'no_citation'
    """

    def __init__(self, message: str, *, problems: Sequence[Problem] = ()) -> None:
        super().__init__(message)
        self.problems = tuple(problems)

    @classmethod
    def for_problems(cls, problems: Sequence[Problem], *, what: str = "") -> Self:
        """Build the error listing every problem, one per line."""
        count = len(problems)
        head = f"{count} problem{'s' if count != 1 else ''}{' ' + what if what else ''}:"
        return cls("\n  ".join([head, *map(str, problems)]), problems=problems)


class BriefLoadError(ValidationError):
    """A JSON document that cannot be read as a brief; ``problems`` lists every reason.

    >>> import aibrief as ab
    >>> ab.Brief.from_json('{"format": "aibrief.brief", "version": 1, "facts": [{"kind": "nope"}]}')
    Traceback (most recent call last):
    ...
    aibrief.errors.BriefLoadError: 1 problem in the JSON document:
      $.facts[0].kind: unknown fact kind 'nope'; expected one of ...
    """


class MergeConflictError(AibriefError, ValueError):
    """Two briefs that give different records under the same id; ``ids`` lists them all.

    >>> import aibrief as ab
    >>> issubclass(ab.MergeConflictError, ValueError)
    True
    """

    def __init__(self, message: str, *, ids: Sequence[str]) -> None:
        super().__init__(message)
        self.ids = tuple(ids)


class UnknownIdError(AibriefError, LookupError):
    """An id that names no source, entity or fact of the brief.

    >>> import aibrief as ab
    >>> ab.Brief().get("deepseek")
    Traceback (most recent call last):
    ...
    aibrief.errors.UnknownIdError: no source, entity or fact has the id 'deepseek'; ...
    """

    def __init__(self, message: str, *, id: str, suggestions: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.id = id
        self.suggestions = tuple(suggestions)


class UnknownKindError(AibriefError, LookupError):
    """A fact kind or entity type that is not registered; ``known`` lists those that are.

    >>> import aibrief as ab
    >>> ab.Brief().to_records("acquisiton")
    Traceback (most recent call last):
    ...
    aibrief.errors.UnknownKindError: unknown fact kind or entity type 'acquisiton'; ...
    """

    def __init__(self, message: str, *, kind: str, known: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.kind = kind
        self.known = tuple(known)


class NameNotFoundError(AibriefError, LookupError):
    """No name in the language asked for (nor in any fallback); ``available`` lists the tags.

    >>> import aibrief as ab
    >>> ab.Names({"ko": "딥시크"}).name_in("fr")
    Traceback (most recent call last):
    ...
    aibrief.errors.NameNotFoundError: no name for locale 'fr' (tried fr-Latn, fr); names exist in ko; ...
    """

    def __init__(self, message: str, *, locale: str, available: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.locale = locale
        self.available = tuple(available)


class MissingExtraError(AibriefError, ImportError):
    """An optional dependency that is not installed; ``extra`` names the extra to install.

    >>> import aibrief as ab
    >>> issubclass(ab.MissingExtraError, ImportError)
    True
    """

    def __init__(self, message: str, *, package: str, extra: str) -> None:
        super().__init__(message)
        self.package = package
        self.extra = extra


# --- Writing numbers (helper "formatting") ------------------------------------------------------


class FormatError(AibriefError, ValueError):
    """An amount that a formatting style cannot write in the locale asked for, without loss.

    ``value`` is the amount, ``locale`` the locale identifier and ``style`` the style asked for.

    >>> import aibrief as ab
    >>> ab.format_amount(ab.Money("5576000", "USD"), locale="de", style="news")
    Traceback (most recent call last):
    ...
    aibrief.errors.FormatError: news style writes Korean, Chinese and English only, not locale 'de'; use style='standard' or 'compact' for 'de', or a locale such as 'ko', 'zh' or 'en'
    """

    def __init__(self, message: str, *, value: object, locale: str, style: str) -> None:
        super().__init__(message)
        self.value = value
        self.locale = locale
        self.style = style

    @classmethod
    def for_news_locale(cls, value: object, locale: str) -> FormatError:
        """News style asked for in a language it has no words for."""
        fix = f"use style='standard' or 'compact' for {locale!r}, or a locale such as 'ko', 'zh' or 'en'"
        languages = "news style writes Korean, Chinese and English only"
        message = f"{languages}, not locale {locale!r}; {fix}"
        return cls(message, value=value, locale=locale, style="news")

    @classmethod
    def for_words(cls, value: object, locale: str, style: str, what: str) -> FormatError:
        """A unit or qualifier without words in the locale's language."""
        message = (
            f"cannot write {what} of {value!r} in locale {locale!r}: aibrief has words for it in "
            "Korean, Chinese and English only; use a locale such as 'ko', 'zh' or 'en'"
        )
        return cls(message, value=value, locale=locale, style=style)

    @classmethod
    def for_unit(cls, value: object, locale: str = "", style: str = "") -> FormatError:
        """A quantity in a unit that has no written form."""
        units = str(getattr(value, "units", "")) or "dimensionless"
        expected = (
            "a currency, percent, percentage_point, basis_point, a multiple (times), a count "
            "(person, item, gpu, token, parameter, share) or a currency per count, e.g. "
            "'CNY / token'"
        )
        message = f"cannot write a quantity in {units!r}; expected {expected}"
        return cls(message, value=value, locale=locale, style=style)
