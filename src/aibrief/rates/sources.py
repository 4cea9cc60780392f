"""Rate sources: the quote they give, the protocol they share, stated rates and chains.

A conversion asks a source for a :class:`RateQuote`: how many units of the target one unit
of the source buys on a date, which day's rate that is, how a missing day was handled, and
where the rate comes from. The ECB table (:class:`aibrief.rates.RateTable`) is one source;
:class:`FixedRates` (rates an article states) and :func:`chain` are others, and any object
with a matching ``rate`` method is one too.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Literal, Protocol, runtime_checkable

import attrs

from aibrief._core.currency import validate_currency
from aibrief._core.decimal import DIVISION, to_decimal
from aibrief.errors import (
    DateTypeError,
    InvalidArgumentError,
    RateUnavailableError,
)

__all__ = [
    "ChainedRates",
    "FixedRates",
    "MissingPolicy",
    "RateMethod",
    "RateQuote",
    "RateSource",
    "chain",
]

#: How to find a rate when none was published on the date asked (a weekend or holiday).
MissingPolicy = Literal["previous", "next", "nearest", "interpolate", "error"]

#: How the rate of a quote was found. ``"published"``: on the date asked; ``"previous"``,
#: ``"next"``, ``"nearest"``: a neighbouring published day; ``"interpolated"``: linear between
#: neighbours; ``"identity"``: same currency; ``"fixed"``: a rate stated by the user;
#: ``"average"``: the mean of the rates published in a period (a month, quarter or year).
RateMethod = Literal[
    "published", "previous", "next", "nearest", "interpolated", "identity", "fixed", "average"
]

POLICIES: frozenset[str] = frozenset({"previous", "next", "nearest", "interpolate", "error"})
#: The one Decimal 1 every source uses as a trivial denominator, so conversions can skip
#: the division by identity (``is``) without comparing values.
ONE = Decimal(1)


@attrs.frozen(kw_only=True)
class RateQuote:
    """A rate for one currency pair and date, with where it came from.

    The rate is ``numerator / denominator`` units of the target per unit of the source;
    it is kept as a fraction so a conversion rounds once. For a table of rates against a
    base currency these are the two published rates (for USD to KRW on 2025-01-27:
    1507.97 KRW and 1.0530 USD per EUR).

    >>> import datetime, aibrief as ab
    >>> quote = ab.rates.ecb().rate("USD", "KRW", datetime.date(2025, 1, 27))
    >>> quote.numerator, quote.denominator, quote.rate_date, quote.method
    (Decimal('1507.97'), Decimal('1.0530'), datetime.date(2025, 1, 27), 'published')
    >>> quote.rate
    Decimal('1432.070275403608736942070275403609')
    """

    numerator: Decimal
    denominator: Decimal = ONE
    rate_date: datetime.date
    method: RateMethod
    source: str

    @property
    def rate(self) -> Decimal:
        """Units of the target per unit of the source (34 significant digits if inexact).

        >>> import datetime, aibrief as ab
        >>> ab.rates.ecb().rate("EUR", "USD", datetime.date(2025, 1, 27)).rate
        Decimal('1.0530')
        """
        return DIVISION.divide(self.numerator, self.denominator)


@runtime_checkable
class RateSource(Protocol):
    """Anything that can quote a rate: :func:`aibrief.convert` accepts any such object.

    ``source`` and ``target`` arrive as validated upper-case ISO 4217 codes. A source that
    has no rate raises :class:`~aibrief.errors.RateUnavailableError` (so :func:`chain` can
    try the next one).

    >>> import aibrief as ab
    >>> isinstance(ab.rates.ecb(), ab.rates.RateSource)
    True
    """

    def rate(
        self,
        source: str,
        target: str,
        on: datetime.date,
        *,
        missing: MissingPolicy = "previous",
        lookback_days: int = 7,
    ) -> RateQuote:
        """Quote units of ``target`` per unit of ``source`` on ``on``."""
        ...


def _pairs(
    rates: Mapping[tuple[str, str], str | int | Decimal],
) -> Mapping[tuple[str, str], tuple[Decimal, Decimal]]:
    """Validate stated rates and add their inverses, as fractions (numerator, denominator)."""
    if not isinstance(rates, Mapping) or not rates:
        message = (
            f"rates {rates!r} should be a non-empty mapping such as {{('USD', 'KRW'): '1435'}}"
        )
        raise InvalidArgumentError(message, name="rates", value=rates)
    pairs: dict[tuple[str, str], tuple[Decimal, Decimal]] = {}
    stated: set[tuple[str, str]] = set()
    for key, value in rates.items():
        if not (isinstance(key, tuple) and len(key) == 2):
            message = f"rate key {key!r} should be a (source, target) pair such as ('USD', 'KRW')"
            raise InvalidArgumentError(message, name="rates", value=key)
        source, target = validate_currency(key[0]), validate_currency(key[1])
        rate = to_decimal(value, name=f"rate {source}->{target}")
        if rate <= 0 or source == target:
            message = f"rate {source}->{target} = {value!r} is not usable; give a positive rate between two different currencies"
            raise InvalidArgumentError(message, name="rates", value=value)
        if (target, source) in stated or (source, target) in stated:
            message = f"{source}->{target} is given twice (directly or as the inverse of {target}->{source}); give one, its inverse is derived"
            raise InvalidArgumentError(message, name="rates", value=key)
        stated.add((source, target))
        pairs[source, target] = (rate, ONE)
        pairs[target, source] = (ONE, rate)
    return pairs


@attrs.frozen
class FixedRates:
    """Rates you state, such as an article's "1 USD = 1435 KRW"; inverse pairs are derived.

    With ``on`` the rates hold only on that date; without it they hold on every date.
    The missing-day policy does not apply: a stated rate is used as stated.

    >>> import datetime, aibrief as ab
    >>> article = ab.rates.FixedRates({("USD", "KRW"): "1435"}, source="Yonhap, 2025-01-27")
    >>> conversion = ab.convert(ab.Money("5576000", "USD"), "KRW", on=datetime.date(2025, 1, 27), rates=article)
    >>> conversion.result, conversion.method, conversion.source
    (Money('8001560000', 'KRW'), 'fixed', 'Yonhap, 2025-01-27')
    >>> ab.convert(ab.Money("1435", "KRW"), "USD", on=datetime.date(2025, 1, 27), rates=article).result
    Money('1', 'USD')
    """

    pairs: Mapping[tuple[str, str], tuple[Decimal, Decimal]] = attrs.field(converter=_pairs)
    source: str = attrs.field(kw_only=True)
    on: datetime.date | None = attrs.field(default=None, kw_only=True)

    def rate(
        self,
        source: str,
        target: str,
        on: datetime.date,
        *,
        missing: MissingPolicy = "previous",
        lookback_days: int = 7,
    ) -> RateQuote:
        """Quote the stated rate (or its inverse); see :class:`RateSource`.

        >>> import datetime, aibrief as ab
        >>> fixed = ab.rates.FixedRates({("USD", "KRW"): "1435"}, source="article")
        >>> fixed.rate("KRW", "USD", datetime.date(2025, 1, 27)).rate
        Decimal('0.0006968641114982578397212543554006969')
        """
        on = check_date(on)
        check_options(missing, lookback_days)
        fraction = self.pairs.get((source, target))
        if fraction is None:
            stated = ", ".join(f"{s}->{t}" for s, t in self.pairs)
            message = f"no {source}->{target} rate in {self.source!r}; it states {stated}"
            raise RateUnavailableError(
                message, source_currency=source, target_currency=target, on=on
            )
        if self.on is not None and on != self.on:
            message = f"the rates of {self.source!r} hold on {self.on} only, not on {on}"
            raise RateUnavailableError(
                message, source_currency=source, target_currency=target, on=on,
                first_date=self.on, last_date=self.on,
            )  # fmt: skip
        numerator, denominator = fraction
        return RateQuote(
            numerator=numerator,
            denominator=denominator,
            rate_date=on,
            method="fixed",
            source=self.source,
        )


@attrs.frozen
class ChainedRates:
    """Several rate sources tried in order; the first with a rate answers.

    Build it with :func:`chain`.

    >>> import aibrief as ab
    >>> ab.rates.chain(ab.rates.FixedRates({("USD", "KRW"): "1435"}, source="article"), ab.rates.ecb())
    ChainedRates(sources=(FixedRates(...), <RateTable ...>))
    """

    sources: tuple[RateSource, ...]

    def rate(
        self,
        source: str,
        target: str,
        on: datetime.date,
        *,
        missing: MissingPolicy = "previous",
        lookback_days: int = 7,
    ) -> RateQuote:
        """Ask each source in turn; raise only if none has a rate.

        >>> import datetime, aibrief as ab
        >>> mine = ab.rates.chain(ab.rates.FixedRates({("USD", "KRW"): "1435"}, source="article"), ab.rates.ecb())
        >>> mine.rate("USD", "KRW", datetime.date(2025, 1, 27)).method
        'fixed'
        >>> mine.rate("USD", "JPY", datetime.date(2025, 1, 27)).method
        'published'
        """
        failures: list[str] = []
        for candidate in self.sources:
            try:
                return candidate.rate(
                    source, target, on, missing=missing, lookback_days=lookback_days
                )
            except RateUnavailableError as error:
                failures.append(str(error))
        message = f"no source has a {source}->{target} rate for {on}: " + "; ".join(failures)
        raise RateUnavailableError(message, source_currency=source, target_currency=target, on=on)


def chain(*sources: RateSource) -> ChainedRates:
    """Combine rate sources: each conversion uses the first source that has a rate.

    >>> import aibrief as ab
    >>> mine = ab.rates.FixedRates({("USD", "KRW"): "1435"}, source="article")
    >>> len(ab.rates.chain(mine, ab.rates.ecb()).sources)
    2
    """
    for position, candidate in enumerate(sources):
        if not isinstance(candidate, RateSource):
            message = f"chain() argument {position + 1} ({candidate!r}) has no rate(source, target, on) method"
            raise InvalidArgumentError(message, name="sources", value=candidate)
    if not sources:
        raise InvalidArgumentError(
            "chain() needs at least one rate source", name="sources", value=()
        )
    return ChainedRates(tuple(sources))


def identity_quote(on: datetime.date) -> RateQuote:
    """The quote for converting a currency to itself: 1, on any date, with no data."""
    return RateQuote(
        numerator=ONE, denominator=ONE, rate_date=on, method="identity", source="identity"
    )


def check_date(on: object) -> datetime.date:
    """Return ``on`` if it is a date (and not a datetime), else raise :class:`DateTypeError`."""
    if type(on) is datetime.date or (
        isinstance(on, datetime.date) and not isinstance(on, datetime.datetime)
    ):
        return on
    fix = "pass datetime.date(2025, 1, 27), or datetime.date.fromisoformat('2025-01-27') for text"
    if isinstance(on, datetime.datetime):
        message = f"on={on!r} is a datetime; rates are daily, so {fix}, or call .date() on it"
    else:
        message = f"on={on!r} is a {type(on).__name__}, not a datetime.date; {fix}"
    raise DateTypeError(message, value=on)


def check_options(missing: object, lookback_days: object) -> None:
    """Raise :class:`InvalidArgumentError` for an unknown policy or a bad look-back."""
    if missing not in POLICIES:
        expected = ", ".join(repr(p) for p in sorted(POLICIES))
        message = f"missing={missing!r} is not a missing-day policy; expected one of {expected}"
        raise InvalidArgumentError(message, name="missing", value=missing)
    if type(lookback_days) is not int or lookback_days < 0:
        message = (
            f"lookback_days={lookback_days!r} should be a whole number of days >= 0, such as 7"
        )
        raise InvalidArgumentError(message, name="lookback_days", value=lookback_days)
