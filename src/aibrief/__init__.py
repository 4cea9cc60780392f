"""aibrief: typed, checkable facts about the AI industry.

Exact money in any ISO currency, conversion at the ECB rate of a given date (offline), units
and approximate values, numbers as Korean, Chinese and English news write them, typed models
of companies, people and events, and checks of the figures an article states.

>>> import datetime, aibrief as ab
>>> ab.Money("5576000", "USD").to("KRW", on=datetime.date(2025, 1, 27))
Money('7985223855.65...', 'KRW')
"""

from __future__ import annotations

from typing import TYPE_CHECKING

# Money and currencies
from aibrief._currency import known_currencies, minor_units, validate_currency
from aibrief._money import ROUNDING_MODES, Money

# Errors
from aibrief.errors import (
    AibriefError,
    AmountTypeError,
    CurrencyMismatchError,
    DateTypeError,
    InvalidAmountError,
    InvalidArgumentError,
    RateDataError,
    RateUnavailableError,
    UnknownCurrencyError,
)

# Rates and conversion
from aibrief import rates
from aibrief._convert import Conversion, MissingPolicy, convert, convert_many

# Units and approximate values
from aibrief._approx import Approx, Qualifier
from aibrief._arithmetic import (
    apply_change,
    fraction_of,
    percent_change,
    percent_of,
    percentage_point_change,
    times,
    whole_from_part,
)
from aibrief._units import Q_, convert_quantity, load_pint_units, ureg
from aibrief.errors import UnitError

# Dates
from aibrief._date_parsing import ParseReason, parse_date
from aibrief._partial_date import AgeRange, PartialDate, Precision
from aibrief.errors import InvalidPartialDateError, ParseError  # errors added by the dates area

# Models
from aibrief._brief import Brief
from aibrief._entities import (
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
from aibrief._events import (
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
from aibrief._facts import Comparison, Fact, fact_kind, fact_kinds
from aibrief._ids import ENTITY_REF, FACT_REF
from aibrief._names import Names
from aibrief._provenance import Citation, Source
from aibrief._serialization import configure_converter, make_converter
from aibrief.errors import (  # errors added by the models area
    BriefLoadError,
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

# Writing numbers

# Claims

# Pictures






__version__ = "0.1.0"

__all__ = (
    # Money and currencies
    "ROUNDING_MODES",
    "Money",
    "known_currencies",
    "minor_units",
    "validate_currency",
    # Errors
    "AibriefError",
    "AmountTypeError",
    "CurrencyMismatchError",
    "DateTypeError",
    "InvalidAmountError",
    "InvalidArgumentError",
    "RateDataError",
    "RateUnavailableError",
    "UnknownCurrencyError",
    # Rates and conversion
    "Conversion",
    "MissingPolicy",
    "convert",
    "convert_many",
    "rates",
    # Units and approximate values
    "Approx",
    "Q_",
    "Qualifier",
    "UnitError",
    "apply_change",
    "convert_quantity",
    "fraction_of",
    "load_pint_units",
    "percent_change",
    "percent_of",
    "percentage_point_change",
    "times",
    "ureg",
    "whole_from_part",
    # Dates
    "AgeRange",
    "ParseReason",
    "PartialDate",
    "Precision",
    "parse_date",
    "InvalidPartialDateError",
    "ParseError",
    # Models
    "AIModel",
    "AccessPolicyChange",
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
    "Founding",
    "Funding",
    "Hardware",
    "HardwareKind",
    "MarketMove",
    "MergeConflictError",
    "Milestone",
    "MissingExtraError",
    "ModelAccess",
    "ModelKind",
    "ModelRelease",
    "NameNotFoundError",
    "Names",
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
    "Role",
    "Source",
    "StatedAge",
    "Statistic",
    "StockListing",
    "Supply",
    "UnknownIdError",
    "UnknownKindError",
    "ValidationError",
    "configure_converter",
    "entity_type",
    "fact_kind",
    "fact_kinds",
    "make_converter",
    # Reading numbers
    # Writing numbers
    # Claims
    # Pictures
