"""The shared pint unit registry: currencies, counting units, percent and time.

The registry is built on first use, never at ``import aibrief``, from a slim definitions file
(``_data/units.txt``) rather than pint's full default set. Building it is most of the cost of
the first unit-aware operation, so it skips pint's text parser: the file's simple lines become
pint definition objects directly, each currency is defined the first time a unit name refers to
it, and a bare unit name is looked up rather than parsed. Magnitudes are
:class:`~decimal.Decimal` (the registry's ``non_int_type``), and every ISO 4217 currency is a
unit of its own dimension, so no currency ever converts into another implicitly: that takes a
dated rate (:func:`convert_quantity`).

Money and pint quantities meet here: ``Money * Q_(5.6, "percent")`` stays on Decimals (pint is
too slow for that hot path), while compound units such as CNY per token go through pint with
magnitudes computed in aibrief's own decimal contexts.
"""

from __future__ import annotations

import decimal
import re
import threading
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from aibrief._core.currency import known_currencies
from aibrief._core.data import read_data
from aibrief._core.decimal import BOUND_DIGITS, DIVISION, EXACT, LITERAL_LENGTH, to_decimal
from aibrief._core.types import is_quantity
from aibrief._units.definitions import (
    DEFINITIONS,
    currency_definition,
    definitions,
    pint_default_lines,
)
from aibrief.errors import AmountTypeError, InvalidAmountError, UnitError

if TYPE_CHECKING:
    from typing import TypeAlias

    import pint

    from aibrief._money.money import Money

    Quantity: TypeAlias = pint.Quantity[Any]
    Registry: TypeAlias = pint.UnitRegistry[Any]

__all__ = [
    "Q_",
    "defer_to",
    "divide_money",
    "from_quantity",
    "load_pint_units",
    "multiply_money",
    "settle_currencies_into",
    "to_quantity",
    "ureg",
]

# Dimensionless ratio units and their exact factors: Money * percent never needs pint.
_RATIOS = {"percent": Decimal("0.01"), "permille": Decimal("0.001"), "ppm": Decimal("1e-6")}

# Re-entrant: pint's loading of definitions (under the lock) may define a currency on demand.
_lock = threading.RLock()
_registry: Registry | None = None
_pint_units_loaded = False
# Parsed units by their text, so Q_ on a hot path does not parse the same string twice.
_parsed: dict[str, pint.Unit] = {}
_currencies: frozenset[str] = frozenset()
# A unit text pint's parser would read as one unit name: looked up, not parsed.
_BARE_NAME = re.compile(r"[A-Za-z_]+")
# The shared registry's Quantity class, so hot paths can check a type with `is`.
_quantity_class: type | None = None

# Money lives in a higher layer (aibrief._money) and registers itself when it is imported, so
# that quantities whose units come down to one currency settle into Money. Every module that
# hands out quantities to users imports aibrief._money first (see docs/architecture.rst).
_money_class: type[Money] | None = None
# The classes pint hands `quantity * value` back to (Money, Approx), registered by each class.
_deferred_to: list[type] = []


def settle_currencies_into(money_class: type[Money]) -> None:
    """Make quantities whose units reduce to one currency come out as ``money_class``."""
    global _money_class
    _money_class = money_class
    defer_to(money_class)


def defer_to(cls: type) -> None:
    """Make pint return ``NotImplemented`` for ``quantity op value`` with ``value`` a ``cls``.

    Python then calls ``cls``'s reflected method (``__rmul__``), so Money and Approx keep
    their own arithmetic. pint keeps these in ``pint.compat.upcast_type_map``; the key is
    derived from the class object, so moving the class cannot silently break it.
    """
    with _lock:
        if cls not in _deferred_to:
            _deferred_to.append(cls)
        if _registry is not None:
            _defer_in_pint(cls)


def ureg() -> Registry:
    """The pint registry shared by aibrief, built on first call (thread-safe).

    It holds every ISO 4217 currency (each its own dimension, defined the first time a unit
    text names it), the counting units ``token``, ``person``, ``item``, ``gpu``, ``parameter``
    and ``share``, ``percent``, ``permille``, ``ppm``, ``percentage_point``, ``basis_point``,
    ``times`` (a multiple: "2배", "10x") and the time units from ``millisecond`` to ``year``.
    Call :func:`load_pint_units` for the rest of pint's definitions.

    >>> import aibrief as ab
    >>> registry = ab.ureg()
    >>> registry is ab.ureg()
    True
    >>> str(registry.Unit("CNY / token"))
    'CNY / token'
    """
    registry = _registry
    if registry is None:
        with _lock:
            registry = _registry if _registry is not None else _build()
    return registry


def Q_(value: object, unit: str | pint.Unit) -> Quantity:  # noqa: N802  (pint's usual name)
    """Build a quantity in the shared registry; the magnitude becomes an exact Decimal.

    ``value`` is an int, a numeric str or a Decimal. A float is taken as the number it prints
    as (``5.6`` is ``Decimal('5.6')``) except in a currency unit, where it raises
    :class:`~aibrief.errors.AmountTypeError`: money is never a float.

    >>> import aibrief as ab
    >>> ab.Q_(5.6, "percent")
    <Quantity(5.6, 'percent')>
    >>> ab.Q_("0.0001", "CNY / token").magnitude
    Decimal('0.0001')
    >>> ab.Q_(0.5, "USD")
    Traceback (most recent call last):
    ...
    aibrief.errors.AmountTypeError: amount 0.5 is a float, which cannot hold money exactly; ...
    """
    registry = ureg()
    units = parse_units(unit)._units
    if isinstance(value, float):
        if currency_items(units):
            raise AmountTypeError.for_value(value)
        value = repr(value)
    magnitude = value if type(value) is Decimal else exact_decimal(value, "magnitude")
    return _new_quantity(registry.Quantity, magnitude, units)


def unpickle_quantity(magnitude: str, unit: str) -> Quantity:
    """Rebuild a pickled quantity in the shared registry (what its ``__reduce__`` names)."""
    return Q_(Decimal(magnitude), unit)


def load_pint_units() -> None:
    """Add pint's full default definitions (metres, bytes, watts, prefixes...) to the registry.

    It costs about a quarter of a second once; quantities built before keep working.

    >>> import aibrief as ab
    >>> ab.load_pint_units()
    >>> ab.Q_(3, "kilowatt_hour").to("megajoule")
    <Quantity(10.800, 'megajoule')>
    """
    global _pint_units_loaded
    registry = ureg()
    with _lock:
        if _pint_units_loaded:
            return
        with decimal.localcontext(DIVISION):
            registry.load_definitions(pint_default_lines())
        _parsed.clear()
        _pint_units_loaded = True


def to_quantity(money: Money) -> Quantity:
    """Money as a pint quantity in its currency unit (``Money.to_quantity`` calls this)."""
    return ureg().Quantity(money.amount, parse_units(money.currency))


def from_quantity(quantity: Any) -> Money:
    """A quantity in one currency unit as Money (``Money.from_quantity`` calls this)."""
    result = quantity if _is_money(quantity) else _reduce(quantity)
    if not _is_money(result):
        raise not_money(quantity, "make Money of")
    return result  # type: ignore[return-value]  # _is_money checked it


def multiply_money(money: Money, factor: Any) -> Any:
    """``money * quantity``: Money for a ratio or when units cancel, else a quantity."""
    magnitude = quantity_magnitude(factor)
    ratio = _ratio_factor(factor._units)
    if ratio is not None:
        scaled = EXACT.multiply(money.amount, EXACT.multiply(magnitude, ratio))
        return type(money)._trusted(scaled, money.currency)
    return _reduce(_multiply(to_quantity(money), factor))


def divide_money(money: Money, divisor: Any) -> Any:
    """``money / quantity``: Money for a ratio, a price per unit otherwise."""
    magnitude = quantity_magnitude(divisor)
    ratio = _ratio_factor(divisor._units)
    if ratio is not None:
        scaled = _divide(money.amount, EXACT.multiply(magnitude, ratio))
        return type(money)._trusted(scaled, money.currency)
    return _reduce(_divide_quantities(to_quantity(money), divisor))


# --- Private helpers used by the arithmetic and Approx modules ----------------------------------


def is_shared_quantity(value: object) -> bool:
    """Whether ``value`` is a quantity of the shared registry (an exact type check: hot paths)."""
    return type(value) is _quantity_class


def exact_decimal(value: object, name: str) -> Decimal:
    """``to_decimal(value, name=name)``, quicker for the ints and numeric strs of hot paths."""
    kind = type(value)
    if kind is int and -_LARGEST_INT < value < _LARGEST_INT:
        return Decimal(value)  # type: ignore[arg-type]  # checked by the line above
    if kind is str and len(value) <= LITERAL_LENGTH:  # type: ignore[arg-type]  # a str
        try:
            number = EXACT.create_decimal(value.strip())  # type: ignore[attr-defined]  # a str
        except decimal.InvalidOperation:
            number = None
        if number is not None and number.is_finite() and _IN_BOUND(number.adjusted()):
            return number
    return to_decimal(value, name=name)  # every other case, and every error


_LARGEST_INT = 10**BOUND_DIGITS
_IN_BOUND = range(-BOUND_DIGITS, BOUND_DIGITS).__contains__


def as_units(value: Quantity) -> str:
    """The text of a quantity's units (``"dimensionless"`` for none)."""
    return str(value.units) or "dimensionless"


def unit_error(operation: str, left: Any, right: Any, fix: str) -> UnitError:
    """A UnitError naming both operands' units and dimensions."""
    return UnitError.for_units(
        operation,
        _describe_units(left),
        _describe_units(right),
        dimensions=(_describe_dimension(left), _describe_dimension(right)),
        fix=fix,
    )


def wrap_dimensionality(error: Exception, operation: str) -> UnitError:
    """Turn pint's DimensionalityError into a UnitError that names both units."""
    left = str(getattr(error, "units1", "")) or "dimensionless"
    right = str(getattr(error, "units2", "")) or "dimensionless"
    dims = (str(getattr(error, "dim1", "")), str(getattr(error, "dim2", "")))
    fix = "convert one side first, or use quantities of the same dimension"
    return UnitError.for_units(operation, left, right, dimensions=dims, fix=fix)


def ratio_of(value: Quantity) -> Decimal | None:
    """A dimensionless quantity (percent, permille...) as a plain Decimal ratio, else None."""
    factor = _ratio_factor(value._units)
    if factor is None:
        return None
    return EXACT.multiply(quantity_magnitude(value), factor)


def add_money(money: Money, other: Quantity, operation: str) -> Money:
    """``money + quantity``: only a quantity in the same currency may be added."""
    amount = _reduce(other)
    if not _is_money(amount):
        fix = "add Money to Money; a count or a ratio is not an amount"
        raise unit_error(operation, money, other, fix)
    return money + amount if operation == "add" else money - amount  # type: ignore[operator]


# --- Building the registry ----------------------------------------------------------------------


def _build() -> Registry:
    # Called with _lock held.
    global _registry, _currencies, _quantity_class
    import pint

    _currencies = known_currencies()
    with decimal.localcontext(DIVISION):
        registry: Registry = _registry_class(pint)(
            None, non_int_type=Decimal, cache_folder=None, on_redefinition="raise"
        )
        for definition in definitions(read_data(DEFINITIONS).decode("utf-8")):
            registry.define(definition)
    # pint hands `quantity * money` back to Money (and Approx) instead of wrapping it.
    for cls in _deferred_to:
        _defer_in_pint(cls)
    _quantity_class = registry.Quantity
    _registry = registry
    return registry


def _defer_in_pint(cls: type) -> None:
    from pint.compat import fully_qualified_name, upcast_type_map

    upcast_type_map[fully_qualified_name(cls)] = cls  # type: ignore[index]  # a dict typed as Mapping


def _define_currency(registry: Any, name: str) -> None:
    """Define the currency a unit name ends with (``USD``, ``kiloUSD``, ``USDs``) on first use.

    Defining all 300 codes up front would take some 10 ms, several times the rest of the build.
    """
    for code in (name[-3:], name[-4:-1]):
        if code in _currencies and code not in registry._units:
            with _lock:
                if code not in registry._units:
                    registry.define(currency_definition(code))


def _registry_class(pint: Any) -> Any:
    """pint's UnitRegistry whose quantities settle into Money and raise aibrief's UnitError.

    pint documents subclassing the registry's ``Quantity`` to extend it. Arithmetic runs in
    aibrief's DIVISION context (34 significant digits), not the caller's ambient one.
    """

    class Quantity(pint.UnitRegistry.Quantity):  # type: ignore[misc]
        def __mul__(self, other: Any) -> Any:
            return _settle(self, other, "multiply", super().__mul__)

        def __rmul__(self, other: Any) -> Any:
            return _settle(self, other, "multiply", super().__rmul__)

        def __truediv__(self, other: Any) -> Any:
            return _settle(self, other, "divide", super().__truediv__)

        def __rtruediv__(self, other: Any) -> Any:
            return _settle(self, other, "divide", super().__rtruediv__)

        def __add__(self, other: Any) -> Any:
            return _settle(self, other, "add", super().__add__)

        __radd__ = __add__

        def __sub__(self, other: Any) -> Any:
            return _settle(self, other, "subtract", super().__sub__)

        def __rsub__(self, other: Any) -> Any:
            return _settle(self, other, "subtract", super().__rsub__)

        def to(self, *args: Any, **kwargs: Any) -> Any:
            return _settle(self, args[0] if args else None, "convert", super().to, *args, **kwargs)

        def __reduce__(self) -> tuple[Any, ...]:
            # pint unpickles through its application registry, which knows none of aibrief's
            # units ('token', the currencies): rebuild in aibrief's registry instead.
            return (unpickle_quantity, (str(self._magnitude), str(self.units)))

    class UnitRegistry(pint.UnitRegistry):  # type: ignore[misc]
        def get_name(self, name_or_alias: str, case_sensitive: bool | None = None) -> str:
            # Every lookup of a unit name comes here: define its currency first.
            _define_currency(self, name_or_alias)
            return super().get_name(name_or_alias, case_sensitive)  # type: ignore[no-any-return]

    UnitRegistry.Quantity = Quantity
    return UnitRegistry


def _settle(
    quantity: Any, other: Any, operation: str, method: Any, *args: Any, **kwargs: Any
) -> Any:
    """Run a pint operation in aibrief's context; a compound unit cancelling to a currency
    gives Money, and a DimensionalityError becomes a UnitError naming both units."""
    import pint

    if operation != "convert":
        args = (other,)
    try:
        with decimal.localcontext(DIVISION):
            result = method(*args, **kwargs)
    except pint.DimensionalityError as error:
        verb = "convert between" if operation == "convert" else operation
        raise wrap_dimensionality(error, verb) from error
    if operation in {"multiply", "divide"} and is_quantity(result):
        if _bare_currency(quantity) or _bare_currency(other):
            return result
        reduced = _reduce(result)
        if _is_money(reduced):
            return reduced
    return result


def _bare_currency(value: Any) -> bool:
    return is_quantity(value) and bool(currency_items(value._units)) and len(value._units) == 1


# --- Quantity arithmetic in aibrief's decimal contexts ------------------------------------------


def parse_units(unit: str | pint.Unit) -> pint.Unit:
    if not isinstance(unit, str):
        return unit
    parsed = _parsed.get(unit)
    if parsed is None:
        parsed = _parsed[unit] = _unit_from_text(unit)
    return parsed


def _unit_from_text(text: str) -> pint.Unit:
    """``ureg().Unit(text)``, looking a bare unit name up instead of parsing it.

    pint's parser compiles its tokenizer the first time it runs, a few milliseconds that the
    first unit-aware operation (``Q_(5.6, "percent")``) need not pay.
    """
    registry = ureg()
    if _BARE_NAME.fullmatch(text):
        name = registry.get_name(text)
        if name:
            return registry.Unit(registry.UnitsContainer({name: 1}))
    import pint

    try:
        return registry.Unit(text)
    except pint.PintError:
        raise
    except Exception:  # pint's parser fails on "+", "(" or "1/0" with assert, tokenize, decimal
        raise pint.UndefinedUnitError(text) from None


def make_quantity(magnitude: Decimal, unit: str) -> Quantity:
    """A quantity from a Decimal already validated and a unit text (hot paths)."""
    return _new_quantity(ureg().Quantity, magnitude, parse_units(unit)._units)


def units_of(unit: str) -> Any:
    """The units container of a unit text, as quantities hold it in ``_units`` (hot paths)."""
    return parse_units(unit)._units


def _new_quantity(cls: Any, magnitude: Decimal, units: Any) -> Quantity:
    # pint's Quantity.__new__ re-checks its arguments at some 5 us a call; these are checked.
    quantity = object.__new__(cls)
    quantity._magnitude = magnitude
    quantity._units = units
    return quantity  # type: ignore[no-any-return]


def quantity_magnitude(value: Quantity) -> Decimal:
    magnitude = value._magnitude
    if type(magnitude) is Decimal:
        return magnitude
    if isinstance(magnitude, float):
        raise AmountTypeError.for_value(magnitude, name="magnitude")
    return to_decimal(magnitude, name="magnitude")


def _ratio_factor(units: Any) -> Decimal | None:
    # `units` is a pint UnitsContainer (hashable, its hash cached), so this is one dict lookup.
    try:
        return _ratio_factors[units]
    except KeyError:
        factor = _ratio_factors[units] = _find_ratio_factor(units)
        return factor


_ratio_factors: dict[Any, Decimal | None] = {}


def _find_ratio_factor(units: Any) -> Decimal | None:
    # A ratio is no unit at all, or one ratio unit to the first power.
    if not units:
        return Decimal(1)
    if len(units) == 1:
        [(name, exponent)] = units.items()
        if exponent == 1:
            return _RATIOS.get(name)
    return None


def currency_items(units: Any) -> list[tuple[str, Any]]:
    return [(name, exp) for name, exp in units.items() if name in _currencies]


def _multiply(left: Quantity, right: Quantity) -> Quantity:
    product = EXACT.multiply(quantity_magnitude(left), quantity_magnitude(right))
    return ureg().Quantity(product, left.units * right.units)


def _divide_quantities(left: Quantity, right: Quantity) -> Quantity:
    quotient = _divide(quantity_magnitude(left), quantity_magnitude(right))
    return ureg().Quantity(quotient, left.units / right.units)


def _divide(dividend: Decimal, divisor: Decimal) -> Decimal:
    if not divisor:
        raise InvalidAmountError(f"cannot divide {dividend} by zero", value=divisor)
    return DIVISION.divide(dividend, divisor)


def _reduce(value: Quantity) -> Money | Decimal | Quantity:
    """Money when the units come down to one currency, a Decimal when to none, else as is."""
    dimensions = dict(value.dimensionality.items())
    if not dimensions:
        return _scaled(quantity_magnitude(value), _root_factor(value._units))
    if len(dimensions) == 1:
        [(dimension, exponent)] = dimensions.items()
        code = dimension[len("[currency_") : -1]
        if exponent == 1 and code in _currencies and _money_class is not None:
            amount = _scaled(quantity_magnitude(value), _root_factor(value._units))
            return _money_class._trusted(amount, code)
    return value


def _root_factor(units: Any) -> Fraction:
    """The exact factor from ``units`` to base units (pint would round its quotients)."""
    registry = ureg()
    factor = Fraction(1)
    for name, exponent in units.items():
        root: Any = registry.get_root_units(name)[0]  # a Decimal in this registry
        factor *= Fraction(root) ** int(exponent)
    return factor


def _scaled(magnitude: Decimal, factor: Fraction) -> Decimal:
    if factor.denominator == 1:
        return EXACT.multiply(magnitude, Decimal(factor.numerator))
    numerator = EXACT.multiply(magnitude, Decimal(factor.numerator))
    return DIVISION.divide(numerator, Decimal(factor.denominator))


def _is_money(value: object) -> bool:
    return _money_class is not None and isinstance(value, _money_class)


def not_money(quantity: Quantity, operation: str, fix: str = "") -> UnitError:
    fix = fix or "pass a quantity in one currency unit, such as Q_('5', 'USD')"
    return UnitError.for_units(
        operation,
        as_units(quantity),
        "a currency",
        dimensions=(str(quantity.dimensionality), "[currency]"),
        fix=fix,
    )


def _describe_units(value: Any) -> str:
    if _is_money(value):
        return str(value.currency)
    if is_quantity(value):
        return as_units(value)
    if isinstance(value, int | Decimal):
        return "dimensionless"
    return type(value).__name__


def _describe_dimension(value: Any) -> str:
    if _is_money(value):
        return f"[currency_{value.currency}]"
    if is_quantity(value):
        return str(value.dimensionality)
    if isinstance(value, int | Decimal):
        return "dimensionless"
    return f"a {type(value).__name__}"
