"""Capital-market facts: listings, valuations, shareholdings and acquisitions.

An IPO article states an exchange, a ticker, an offer price (often a range), the shares
offered, the money raised and the valuation; a deal article states who buys whom, for how
much, and whether the deal was announced, completed or blocked. Amounts are Money or an Approx
of Money, stakes numbers of percent, share counts numbers: each field takes what
:func:`aibrief.parse_amount` returns for such a figure (see ``aibrief._models.numeric``).
"""

from __future__ import annotations

from typing import Any, Literal, get_args

import attrs

from aibrief._models import numeric
from aibrief._models.facts import Amount, Fact, Number, fact_kind
from aibrief._models.ids import ENTITY_REF, check_optional_text, check_slug, check_text, one_of
from aibrief.errors import InvalidFieldError

__all__ = [
    "Acquisition",
    "AcquisitionStatus",
    "Listing",
    "ListingStatus",
    "ListingVenue",
    "Shareholding",
    "Valuation",
    "ValuationBasis",
]

#: How a company comes to a stock exchange: an IPO, a direct listing or a second listing.
ListingVenue = Literal["ipo", "direct_listing", "secondary_listing"]
#: Where a listing stands: planned, filed with the regulator, priced, trading, or withdrawn.
ListingStatus = Literal["planned", "filed", "priced", "listed", "withdrawn"]
#: What a valuation measures: a listed company's market value, or a private round's valuation.
ValuationBasis = Literal["market_cap", "private"]
#: Where an acquisition stands.
AcquisitionStatus = Literal["announced", "completed", "blocked", "abandoned"]


def _positive_rank(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if type(value) is not int or value < 1:
        raise InvalidFieldError(
            f"{attribute.name} {value!r} is not a rank; give a whole number from 1, e.g. 1 "
            "for the most valuable"
        )


@fact_kind("listing")
@attrs.frozen(kw_only=True)
class Listing(Fact):
    """A company's listing on a stock exchange: an IPO, a direct or a secondary listing.

    ``date`` is the first day of trading (or when the listing is planned); ``offer_price`` is
    per share, a range as an :class:`Approx` with ``"range"``; ``amount_raised`` is what the
    offering raised, and ``stated_equivalent`` its conversion as the article prints it;
    ``first_day_change`` is the first day's move, in percent.

    >>> import aibrief as ab
    >>> ipo = ab.Listing(
    ...     id="acme-ipo", date=ab.PartialDate(2025, 6), company="acme", exchange="HKEX",
    ...     status="planned", offer_price=ab.parse_amount("17~19달러"),
    ...     citations=[ab.Citation(source="s", phrase="공모가 17~19달러")])
    >>> ipo.offer_price.low, ipo.offer_price.high
    (Money('17', 'USD'), Money('19', 'USD'))
    """

    company: str = attrs.field(validator=check_slug, metadata=ENTITY_REF)
    exchange: str = attrs.field(validator=check_text)
    ticker: str | None = attrs.field(default=None, validator=check_optional_text)
    venue: ListingVenue = attrs.field(default="ipo", validator=one_of(get_args(ListingVenue)))
    status: ListingStatus = attrs.field(default="listed", validator=one_of(get_args(ListingStatus)))
    offer_price: Amount | None = attrs.field(
        default=None,
        converter=numeric.optional_amount,
        metadata={numeric.EXAMPLE: "ab.Money('18', 'USD') or ab.parse_amount('17~19달러')"},
    )
    shares_offered: Number | None = attrs.field(default=None, converter=numeric.optional_count)
    amount_raised: Amount | None = attrs.field(default=None, converter=numeric.optional_amount)
    stated_equivalent: Amount | None = attrs.field(default=None, converter=numeric.optional_amount)
    valuation: Amount | None = attrs.field(default=None, converter=numeric.optional_amount)
    first_day_change: Number | None = attrs.field(default=None, converter=numeric.optional_percent)


@fact_kind("valuation")
@attrs.frozen(kw_only=True)
class Valuation(Fact):
    """What a company is worth on ``date``: its market capitalisation or a private valuation.

    ``rank`` is its place where the article ranks it, among what ``ranking`` says
    ("global market capitalisation").

    >>> import aibrief as ab
    >>> cap = ab.Valuation(id="nvda-cap", date=ab.PartialDate(2025, 7, 9), company="nvidia",
    ...     amount=ab.parse_amount("4조 달러"), rank=1, ranking="global market capitalisation",
    ...     citations=[ab.Citation(source="s", phrase="시가총액 4조 달러를 돌파")])
    >>> cap.amount, cap.basis
    (Money('4000000000000', 'USD'), 'market_cap')
    """

    company: str = attrs.field(validator=check_slug, metadata=ENTITY_REF)
    amount: Amount = attrs.field(converter=numeric.amount)
    basis: ValuationBasis = attrs.field(
        default="market_cap", validator=one_of(get_args(ValuationBasis))
    )
    stated_equivalent: Amount | None = attrs.field(default=None, converter=numeric.optional_amount)
    rank: int | None = attrs.field(default=None, validator=_positive_rank)
    ranking: str | None = attrs.field(default=None, validator=check_optional_text)


@fact_kind("shareholding")
@attrs.frozen(kw_only=True)
class Shareholding(Fact):
    """A holder's stake in a company on ``date``: a percent, a number of shares, or both.

    ``amount`` is what the stake is worth, where the article says.

    >>> import aibrief as ab
    >>> stake = ab.Shareholding(id="stake", date=ab.PartialDate(2025), holder="softbank",
    ...     company="acme", stake=ab.parse_amount("지분 11%"),
    ...     citations=[ab.Citation(source="s", phrase="지분 11%를 보유")])
    >>> stake.stake
    Decimal('11')
    """

    holder: str = attrs.field(validator=check_slug, metadata=ENTITY_REF)
    company: str = attrs.field(validator=check_slug, metadata=ENTITY_REF)
    stake: Number | None = attrs.field(default=None, converter=numeric.optional_percent)
    shares: Number | None = attrs.field(default=None, converter=numeric.optional_count)
    amount: Amount | None = attrs.field(default=None, converter=numeric.optional_amount)
    stated_equivalent: Amount | None = attrs.field(default=None, converter=numeric.optional_amount)

    def __attrs_post_init__(self) -> None:
        if self.stake is None and self.shares is None:
            raise InvalidFieldError(
                f"fact {self.id!r} states no stake; give stake (a percent such as '11') or "
                "shares (a count such as '120000000'), or both"
            )


@fact_kind("acquisition")
@attrs.frozen(kw_only=True)
class Acquisition(Fact):
    """One company buys another (or ``stake`` percent of it): the price and where the deal stands.

    >>> import aibrief as ab
    >>> deal = ab.Acquisition(id="deal", date=ab.PartialDate(2024, 12), acquirer="nvidia",
    ...     target="run-ai", price=ab.parse_amount("7억 달러"), status="completed",
    ...     citations=[ab.Citation(source="s", phrase="7억 달러에 인수를 마무리")])
    >>> deal.involved, deal.price
    (('nvidia', 'run-ai'), Money('700000000', 'USD'))
    """

    acquirer: str = attrs.field(validator=check_slug, metadata=ENTITY_REF)
    target: str = attrs.field(validator=check_slug, metadata=ENTITY_REF)
    price: Amount | None = attrs.field(default=None, converter=numeric.optional_amount)
    stated_equivalent: Amount | None = attrs.field(default=None, converter=numeric.optional_amount)
    status: AcquisitionStatus = attrs.field(
        default="announced", validator=one_of(get_args(AcquisitionStatus))
    )
    stake: Number | None = attrs.field(default=None, converter=numeric.optional_percent)
