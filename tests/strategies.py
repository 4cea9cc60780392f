"""Shared hypothesis strategies: values, entities, facts and whole briefs."""

from __future__ import annotations

import types
import typing
from decimal import Decimal
from fractions import Fraction
from typing import Any, Literal, Union, get_args, get_origin

import attrs
from hypothesis import strategies as st

import aibrief as ab
from aibrief._models.ids import REF
from aibrief._serialization.converter import QuantityType, resolve

slugs = st.from_regex(r"[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,4}){0,2}", fullmatch=True)
texts = st.text(min_size=1, max_size=20).filter(lambda text: text.strip() != "")
languages = st.sampled_from(["ko", "en", "zh-Hans", "zh-Hant", "ja", "en-US"])
countries = st.sampled_from(["CN", "KR", "US", "IN", "TW"])
currencies = st.sampled_from(["USD", "CNY", "KRW", "EUR"])

decimals = st.decimals(
    min_value=Decimal("-1e12"), max_value=Decimal("1e12"), allow_nan=False, allow_infinity=False
)
positive_decimals = st.decimals(
    min_value=Decimal("0.01"),
    max_value=Decimal("1e12"),
    allow_nan=False,
    allow_infinity=False,
    places=2,
)
ratios = st.fractions(min_value=Fraction(1, 1000), max_value=1000, max_denominator=1000)


@st.composite
def partial_dates(draw: st.DrawFn) -> ab.PartialDate:
    """Partial dates at every precision."""
    year = draw(st.integers(1950, 2030))
    precision = draw(st.sampled_from(["year", "quarter", "month", "day"]))
    if precision == "year":
        return ab.PartialDate(year)
    if precision == "quarter":
        return ab.PartialDate(year, quarter=draw(st.integers(1, 4)))
    month = draw(st.integers(1, 12))
    if precision == "month":
        return ab.PartialDate(year, month)
    return ab.PartialDate(year, month, draw(st.integers(1, 28)))


@st.composite
def fiscal_periods(draw: st.DrawFn) -> ab.FiscalPeriod:
    """Fiscal years, halves and quarters of built-in calendars and of calendars of one's own."""
    calendar = draw(
        st.sampled_from(sorted(ab.fiscal_calendars()))
        | st.builds(
            ab.FiscalCalendar,
            slugs,
            st.sampled_from(
                [
                    "end of March",
                    "last Saturday of June, 53rd week in Q1",
                    "Sunday nearest the end of December, named by its first year",
                ]
            ),
        )
    )
    year = draw(st.integers(1950, 2100))
    part = draw(st.sampled_from([{}, {"quarter": 1}, {"quarter": 4}, {"half": 2}]))
    return ab.FiscalPeriod(calendar, year, **part)


money = st.builds(ab.Money, decimals, currencies)
qualifiers = st.sampled_from(["exact", "about", "over", "at_least", "nearly", "under", "up_to"])
quantities = st.builds(
    lambda magnitude, unit: ab.Q_(magnitude, unit),
    positive_decimals,
    st.sampled_from(["token", "person", "gpu", "percent"]),
)


def approx(values: st.SearchStrategy[Any]) -> st.SearchStrategy[ab.Approx[Any]]:
    """Approximations of the given values, with every qualifier except ``range``."""
    return st.builds(ab.Approx, values, qualifiers)


amounts = st.one_of(money, approx(money))
numbers = st.one_of(decimals, approx(decimals))
values = st.one_of(decimals, money, quantities, approx(st.one_of(decimals, money)))

names = st.builds(
    ab.Names,
    st.dictionaries(languages, texts, min_size=1, max_size=3),
    aliases=st.dictionaries(languages, st.lists(texts, max_size=2), max_size=2),
)
translations = st.builds(ab.Translations, st.dictionaries(languages, texts, min_size=1, max_size=3))
places = st.builds(
    ab.Place,
    city=st.none() | texts,
    region=st.none() | texts,
    country=st.none() | countries,
    city_in=st.none() | translations,
)


def citations(source_ids: st.SearchStrategy[str]) -> st.SearchStrategy[list[ab.Citation]]:
    """One to three citations of the given sources."""
    citation = st.builds(ab.Citation, source=source_ids, phrase=texts, note=st.none() | texts)
    return st.lists(citation, min_size=1, max_size=3)


# Text fields whose values have a format of their own.
_BY_NAME: dict[str, st.SearchStrategy[Any]] = {
    "language": st.none() | languages,
    "country": st.none() | countries,
    "nationality": st.none() | countries,
    "target_countries": st.lists(countries, max_size=2),
    "url": st.none() | st.builds("https://example.com/{}".format, slugs),
}


def records_of(cls: type, refs: st.SearchStrategy[str], source_ids: st.SearchStrategy[str]) -> Any:
    """Instances of any attrs model class, fields drawn from their resolved types.

    Reference fields draw from ``refs``, so a brief can be made consistent. Kinds whose
    fields depend on each other draw those fields together (see ``_TIED``).
    """
    resolve(cls)
    if cls in _TIED:
        return _TIED[cls](refs, source_ids)
    return _generic(cls, refs, source_ids)


def _generic(
    cls: type, refs: st.SearchStrategy[str], source_ids: st.SearchStrategy[str], **fixed: Any
) -> Any:
    """Like records_of, with some fields drawn by the caller."""
    fields: dict[str, st.SearchStrategy[Any]] = {}
    for field in attrs.fields(cls):
        if not field.init or field.name in fixed:
            continue
        if field.name == "id":
            fields["id"] = slugs
        elif field.name == "citations":
            fields["citations"] = citations(source_ids)
        elif field.name in _BY_NAME:
            fields[field.name] = _BY_NAME[field.name]
        else:
            fields[field.name] = _for_type(field.type, REF in field.metadata, refs, source_ids)
    return st.builds(cls, **fields, **{name: st.just(value) for name, value in fixed.items()})


percents = st.one_of(decimals, approx(decimals))
periods = st.one_of(fiscal_periods(), partial_dates())


@st.composite
def _financial_results(draw: st.DrawFn, refs: Any, source_ids: Any) -> ab.FinancialResult:
    """A metric and a value that fit it; a segment only for segment revenue; growth with its
    base period."""
    metric = draw(st.sampled_from(typing.get_args(ab.FinancialMetric)))
    margin = metric.endswith("_margin")
    figure = percents if margin else amounts
    growth = draw(st.none() | st.tuples(percents, periods))
    fixed = {
        "metric": metric,
        "value": draw(figure),
        "segment": draw(texts) if metric == "segment_revenue" else None,
        "year_on_year": draw(st.none() | percents),
        "quarter_on_quarter": draw(st.none() | percents),
        "consensus": draw(st.none() | figure),
        "annual_growth": None if growth is None else growth[0],
        "growth_since": None if growth is None else growth[1],
        "through": None,
    }
    return draw(_generic(ab.FinancialResult, refs, source_ids, **fixed))


@st.composite
def _shareholdings(draw: st.DrawFn, refs: Any, source_ids: Any) -> ab.Shareholding:
    """A stake, a number of shares, or both: never neither."""
    which = draw(st.sampled_from(["stake", "shares", "both"]))
    fixed = {
        "stake": None if which == "shares" else draw(percents),
        "shares": None if which == "stake" else draw(numbers),
    }
    return draw(_generic(ab.Shareholding, refs, source_ids, **fixed))


def _for_type(
    t: Any, is_ref: bool, refs: st.SearchStrategy[str], source_ids: st.SearchStrategy[str]
) -> st.SearchStrategy[Any]:
    origin = get_origin(t)
    args = get_args(t)
    if origin in (Union, types.UnionType):
        members = set(args)
        if members <= {Decimal, ab.Money, ab.Approx, QuantityType, type(None)}:
            return _values(members)
        return st.one_of(*[_for_type(a, is_ref, refs, source_ids) for a in args])
    if origin is Literal:
        return st.sampled_from(args)
    if origin is tuple:
        return st.lists(_for_type(args[0], is_ref, refs, source_ids), max_size=3)
    simple: dict[Any, st.SearchStrategy[Any]] = {
        type(None): st.none(),
        bool: st.booleans(),
        int: st.integers(1, 100),
        ab.PartialDate: partial_dates(),
        ab.FiscalPeriod: fiscal_periods(),
        ab.Names: names,
        ab.Translations: translations,
        ab.Place: places,
        ab.StockListing: st.sampled_from(["NASDAQ:NVDA", "KRX:000660"]).map(ab.StockListing.parse),
        QuantityType: quantities,
        ab.Comparison: st.builds(ab.Comparison, refs, ratios),
    }
    if t in simple:
        return simple[t]
    if t is str:
        return refs if is_ref else texts
    if t in (Decimal, ab.Money, ab.Approx):
        return _values({t})
    if attrs.has(t):
        strategy: st.SearchStrategy[Any] = records_of(t, refs, source_ids)
        return strategy
    raise NotImplementedError(f"no strategy for {t!r}")


def _values(members: set[Any]) -> st.SearchStrategy[Any]:
    options: list[st.SearchStrategy[Any]] = []
    if type(None) in members:
        options.append(st.none())
    if members >= {Decimal, ab.Money, QuantityType}:
        return st.one_of(*options, values)
    if ab.Money in members:
        options.append(amounts if ab.Approx in members else money)
    elif Decimal in members:
        options.append(numbers if ab.Approx in members else decimals)
    elif QuantityType in members:
        options.append(quantities)
    return st.one_of(*options)


@st.composite
def briefs(draw: st.DrawFn, *, consistent: bool = False) -> ab.Brief:
    """Briefs with every fact kind and entity type; ``consistent`` ones have no problems."""
    ids = draw(st.lists(slugs, min_size=3, max_size=12, unique=True))
    source_ids, entity_ids, fact_ids = ids[:1], ids[1:3], ids[3:]
    pool = st.sampled_from(entity_ids)
    sources = [
        attrs.evolve(draw(records_of(ab.Source, pool, pool)), id=source_id)
        for source_id in source_ids
    ]
    entity_kinds = [ab.Organization, ab.Person, ab.AIModel, ab.Hardware]
    entities = []
    for entity_id in entity_ids:
        cls = draw(st.sampled_from(entity_kinds))
        entity = draw(records_of(cls, pool, st.sampled_from(source_ids)))
        if consistent:
            entity = _undated(entity)
        entities.append(attrs.evolve(entity, id=entity_id))
    kinds = list(ab.fact_kinds().values())
    facts = []
    for fact_id in fact_ids:
        cls = draw(st.sampled_from(kinds))
        fact = draw(records_of(cls, pool, st.sampled_from(source_ids)))
        if consistent and hasattr(fact, "related"):
            fact = attrs.evolve(fact, related=())
        if consistent and hasattr(fact, "parts"):
            fact = attrs.evolve(fact, parts=())
        facts.append(attrs.evolve(fact, id=fact_id))
    return ab.Brief(sources=sources, entities=entities, facts=facts)


_TIED: dict[type, Any] = {
    ab.FinancialResult: _financial_results,
    ab.Shareholding: _shareholdings,
}


def _undated(entity: Any) -> Any:
    # Founding and birth dates would make random fact dates "too early".
    changes = {name: None for name in ("founded", "born") if hasattr(entity, name)}
    return attrs.evolve(entity, **changes)
