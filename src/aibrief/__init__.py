"""aibrief: typed, checkable facts about the AI industry.

Exact money in any ISO currency, conversion at the ECB rate of a given date (offline), units
and approximate values, numbers as Korean, Chinese and English news write them, typed models
of companies, people and events, and checks of the figures an article states.

>>> import datetime, aibrief as ab
>>> ab.Money("5576000", "USD").to("KRW", on=datetime.date(2025, 1, 27))
Money('7985223855.65...', 'KRW')
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from aibrief import _legacy

# Public names are imported from their modules on first access (PEP 562), so `import aibrief`
# loads no model, parser, pint registry, babel data or rate table. Type checkers and readers
# see the real imports here; tests/test_exports.py keeps this block, _HOMES and __all__ equal.
if TYPE_CHECKING:
    # Money and currencies
    from aibrief._core.currency import known_currencies, minor_units, validate_currency
    from aibrief._core.decimal import ROUNDING_MODES, round_decimal
    from aibrief._money.money import Money

    # Errors
    from aibrief.errors import (
        AibriefError,
        AmountTypeError,
        CurrencyMismatchError,
        DateTypeError,
        FrameConversionError,
        InvalidAmountError,
        InvalidArgumentError,
        RateDataError,
        RateUnavailableError,
        RateUpdateError,
        UnknownCurrencyError,
    )

    # Rates and conversion
    from aibrief import datasets, rates
    from aibrief._money.conversion import Conversion, MissingPolicy, convert_many
    from aibrief._money.frames import convert_frame
    from aibrief._money.periods import convert_over_period
    from aibrief._quantities.converting import PeriodRate, convert

    # Units and approximate values
    from aibrief._quantities.approx import Approx, Qualifier
    from aibrief._quantities.arithmetic import (
        apply_change,
        fraction_of,
        percent_change,
        percent_of,
        percentage_point_change,
        times,
        whole_from_part,
    )
    from aibrief._quantities.growth import growth_rate, sum_of_parts, year_on_year
    from aibrief._money import Q_, load_pint_units, ureg
    from aibrief._money.conversion import convert_quantity
    from aibrief.errors import UnitError

    # Dates
    from aibrief._dates.calendars import fiscal_calendar, fiscal_calendars
    from aibrief._dates.fiscal_calendar import FiscalCalendar, FiscalPart
    from aibrief._dates.fiscal_period import FiscalPeriod
    from aibrief._dates.parsing import ParseReason, parse_date
    from aibrief._dates.partial_date import AgeRange, PartialDate, Precision
    from aibrief.errors import InvalidPartialDateError, ParseError

    # Models
    from aibrief._brief.brief import Brief
    from aibrief._models.entities import (
        AIModel,
        Degree,
        Education,
        Entity,
        Hardware,
        HardwareKind,
        ModelKind,
        Organization,
        OrganizationKind,
        Person,
        Place,
        Role,
        StockListing,
        entity_type,
    )
    from aibrief._models.events import (
        AccessPolicyChange,
        AppRanking,
        AssetsUnderManagement,
        CompensationOffer,
        ComputeHolding,
        DevelopmentCost,
        ExportAction,
        ExportControl,
        Founding,
        Funding,
        MarketMove,
        Milestone,
        ModelAccess,
        ModelRelease,
        PayPeriod,
        PerformanceComparison,
        PerformanceRelation,
        PriceDirection,
        PriceSetting,
        Quote,
        StatedAge,
        Statistic,
        Supply,
    )
    from aibrief._models.facts import Comparison, Fact, fact_kind, fact_kinds
    from aibrief._models.markets import (
        Acquisition,
        AcquisitionStatus,
        Listing,
        ListingStatus,
        ListingVenue,
        Shareholding,
        Valuation,
        ValuationBasis,
    )
    from aibrief._models.results import FinancialMetric, FinancialResult, ResultBasis
    from aibrief._models.ids import ENTITY_REF, FACT_REF
    from aibrief._models.names import Names, Translations
    from aibrief._models.provenance import Citation, Source
    from aibrief._serialization.converter import configure_converter, make_converter
    from aibrief.errors import (
        BriefLoadError,
        FieldTypeError,
        InvalidFieldError,
        MergeConflictError,
        MissingExtraError,
        NameNotFoundError,
        Problem,
        ProblemCode,
        UnknownIdError,
        UnknownKindError,
        ValidationError,
    )

    # Reading numbers
    from aibrief._core.types import Lang
    from aibrief._reading.changes import Direction
    from aibrief._reading.mentions import ParsedAmount, VagueMention
    from aibrief._reading.parsing import find_amounts, parse_amount
    from aibrief._reading.frame import mentions_frame

    # Writing numbers
    from aibrief._writing.formatting import Spacing, Style, format_amount
    from aibrief.errors import FormatError

    # Claims
    from aibrief._claims.check import ClaimCheck, ClaimChecks, Verdict
    from aibrief._claims.article import check_text
    from aibrief._claims.checker import check_claims
    from aibrief._claims.tolerance import Tolerance, claim_tolerance

    # Pictures
    from aibrief._display.plot import plot_statistic, plot_timeline
    from aibrief.warnings import AibriefWarning, MissingFontWarning, RateCacheWarning

# The module each public name lives in.
_HOMES: dict[str, tuple[str, ...]] = {
    "aibrief.errors": (
        "AibriefError",
        "AmountTypeError",
        "BriefLoadError",
        "FieldTypeError",
        "InvalidFieldError",
        "CurrencyMismatchError",
        "DateTypeError",
        "FormatError",
        "FrameConversionError",
        "InvalidAmountError",
        "InvalidArgumentError",
        "InvalidPartialDateError",
        "MergeConflictError",
        "MissingExtraError",
        "NameNotFoundError",
        "ParseError",
        "Problem",
        "ProblemCode",
        "RateDataError",
        "RateUnavailableError",
        "RateUpdateError",
        "UnitError",
        "UnknownCurrencyError",
        "UnknownIdError",
        "UnknownKindError",
        "ValidationError",
    ),
    "aibrief.warnings": ("AibriefWarning", "MissingFontWarning", "RateCacheWarning"),
    "aibrief._quantities.approx": (
        "Approx",
        "Qualifier",
    ),
    "aibrief._quantities.arithmetic": (
        "apply_change",
        "fraction_of",
        "percent_change",
        "percent_of",
        "percentage_point_change",
        "times",
        "whole_from_part",
    ),
    "aibrief._quantities.growth": (
        "growth_rate",
        "sum_of_parts",
        "year_on_year",
    ),
    "aibrief._brief.brief": ("Brief",),
    "aibrief._claims.check": ("ClaimCheck", "ClaimChecks", "Verdict"),
    "aibrief._claims.article": ("check_text",),
    "aibrief._claims.checker": ("check_claims",),
    "aibrief._claims.tolerance": ("Tolerance", "claim_tolerance"),
    "aibrief._money.conversion": (
        "Conversion",
        "MissingPolicy",
        "convert_many",
        "convert_quantity",
    ),
    "aibrief._money.frames": ("convert_frame",),
    "aibrief._quantities.converting": ("PeriodRate", "convert"),
    "aibrief._money.periods": ("convert_over_period",),
    "aibrief._core.currency": (
        "known_currencies",
        "minor_units",
        "validate_currency",
    ),
    "aibrief._dates.calendars": (
        "fiscal_calendar",
        "fiscal_calendars",
    ),
    "aibrief._dates.fiscal_calendar": (
        "FiscalCalendar",
        "FiscalPart",
    ),
    "aibrief._dates.fiscal_period": ("FiscalPeriod",),
    "aibrief._dates.parsing": (
        "ParseReason",
        "parse_date",
    ),
    "aibrief._models.entities": (
        "AIModel",
        "Degree",
        "Education",
        "Entity",
        "Hardware",
        "HardwareKind",
        "ModelKind",
        "Organization",
        "OrganizationKind",
        "Person",
        "Place",
        "Role",
        "StockListing",
        "entity_type",
    ),
    "aibrief._models.events": (
        "AccessPolicyChange",
        "AppRanking",
        "AssetsUnderManagement",
        "CompensationOffer",
        "ComputeHolding",
        "DevelopmentCost",
        "ExportAction",
        "ExportControl",
        "Founding",
        "Funding",
        "MarketMove",
        "Milestone",
        "ModelAccess",
        "ModelRelease",
        "PayPeriod",
        "PerformanceComparison",
        "PerformanceRelation",
        "PriceDirection",
        "PriceSetting",
        "Quote",
        "StatedAge",
        "Statistic",
        "Supply",
    ),
    "aibrief._models.facts": (
        "Comparison",
        "Fact",
        "fact_kind",
        "fact_kinds",
    ),
    "aibrief._models.markets": (
        "Acquisition",
        "AcquisitionStatus",
        "Listing",
        "ListingStatus",
        "ListingVenue",
        "Shareholding",
        "Valuation",
        "ValuationBasis",
    ),
    "aibrief._models.results": (
        "FinancialMetric",
        "FinancialResult",
        "ResultBasis",
    ),
    "aibrief._writing.formatting": (
        "Spacing",
        "Style",
        "format_amount",
    ),
    "aibrief._models.ids": (
        "ENTITY_REF",
        "FACT_REF",
    ),
    "aibrief._money.money": ("Money",),
    "aibrief._core.decimal": (
        "ROUNDING_MODES",
        "round_decimal",
    ),
    "aibrief._models.names": ("Names", "Translations"),
    "aibrief._core.types": ("Lang",),
    "aibrief._reading.changes": ("Direction",),
    "aibrief._reading.mentions": ("ParsedAmount", "VagueMention"),
    "aibrief._reading.parsing": ("find_amounts", "parse_amount"),
    "aibrief._reading.frame": ("mentions_frame",),
    "aibrief._dates.partial_date": (
        "AgeRange",
        "PartialDate",
        "Precision",
    ),
    "aibrief._display.plot": (
        "plot_statistic",
        "plot_timeline",
    ),
    "aibrief._models.provenance": (
        "Citation",
        "Source",
    ),
    "aibrief._serialization.converter": (
        "configure_converter",
        "make_converter",
    ),
    # The unit registry's public face: importing aibrief._money first makes quantities of
    # one currency settle into Money (see docs/architecture.rst).
    "aibrief._money": (
        "Q_",
        "load_pint_units",
        "ureg",
    ),
}
_legacy.install()  # pickles made by aibrief 0.1 name the old private modules

_MODULE_OF = {name: module for module, names in _HOMES.items() for name in names}
_SUBMODULES = frozenset({"datasets", "rates"})


def __getattr__(name: str) -> object:
    if name in _SUBMODULES:
        return importlib.import_module(f"aibrief.{name}")
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'aibrief' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later look-ups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


__version__ = "0.1.0"

__all__ = (
    # Money and currencies
    "ROUNDING_MODES",
    "Money",
    "known_currencies",
    "minor_units",
    "round_decimal",
    "validate_currency",
    # Errors
    "AibriefError",
    "AmountTypeError",
    "CurrencyMismatchError",
    "DateTypeError",
    "FrameConversionError",
    "InvalidAmountError",
    "InvalidArgumentError",
    "RateCacheWarning",
    "RateDataError",
    "RateUnavailableError",
    "RateUpdateError",
    "UnknownCurrencyError",
    "FieldTypeError",
    "InvalidFieldError",
    # Rates and conversion
    "Conversion",
    "MissingPolicy",
    "PeriodRate",
    "convert",
    "convert_many",
    "convert_frame",
    "convert_over_period",
    "rates",
    # Units and approximate values
    "Approx",
    "Q_",
    "Qualifier",
    "UnitError",
    "apply_change",
    "convert_quantity",
    "fraction_of",
    "growth_rate",
    "load_pint_units",
    "percent_change",
    "percent_of",
    "percentage_point_change",
    "sum_of_parts",
    "times",
    "ureg",
    "whole_from_part",
    "year_on_year",
    # Dates
    "AgeRange",
    "FiscalCalendar",
    "FiscalPart",
    "FiscalPeriod",
    "fiscal_calendar",
    "fiscal_calendars",
    "ParseReason",
    "PartialDate",
    "Precision",
    "parse_date",
    "InvalidPartialDateError",
    "ParseError",
    # Models
    "AIModel",
    "AccessPolicyChange",
    "Acquisition",
    "AcquisitionStatus",
    "AppRanking",
    "AssetsUnderManagement",
    "Brief",
    "BriefLoadError",
    "Citation",
    "Comparison",
    "CompensationOffer",
    "ComputeHolding",
    "Degree",
    "DevelopmentCost",
    "ENTITY_REF",
    "Education",
    "Entity",
    "ExportAction",
    "ExportControl",
    "FACT_REF",
    "Fact",
    "FinancialMetric",
    "FinancialResult",
    "Founding",
    "Funding",
    "Hardware",
    "HardwareKind",
    "Listing",
    "ListingStatus",
    "ListingVenue",
    "MarketMove",
    "MergeConflictError",
    "Milestone",
    "MissingExtraError",
    "ModelAccess",
    "ModelKind",
    "ModelRelease",
    "NameNotFoundError",
    "Names",
    "Translations",
    "Organization",
    "OrganizationKind",
    "PayPeriod",
    "PerformanceComparison",
    "PerformanceRelation",
    "Person",
    "Place",
    "PriceDirection",
    "PriceSetting",
    "Problem",
    "ProblemCode",
    "Quote",
    "ResultBasis",
    "Role",
    "Shareholding",
    "Source",
    "StatedAge",
    "Statistic",
    "StockListing",
    "Supply",
    "UnknownIdError",
    "UnknownKindError",
    "Valuation",
    "ValuationBasis",
    "ValidationError",
    "configure_converter",
    "entity_type",
    "fact_kind",
    "fact_kinds",
    "make_converter",
    # Reading numbers
    "Lang",
    "Direction",
    "ParsedAmount",
    "VagueMention",
    "find_amounts",
    "mentions_frame",
    "parse_amount",
    # Writing numbers
    "FormatError",
    "Spacing",
    "Style",
    "format_amount",
    # Claims
    "ClaimCheck",
    "ClaimChecks",
    "Tolerance",
    "Verdict",
    "check_claims",
    "check_text",
    "claim_tolerance",
    "datasets",
    # Pictures
    "plot_statistic",
    "plot_timeline",
    "AibriefWarning",
    "MissingFontWarning",
)
