"""Functions between attrs classes and JSON objects, generated once per class.

cattrs' generated functions call a hook for every field of every object, compare a field with
its default by running the field's converter again, and walk arrays through generic code.
The functions made here look each field's hook up once, when the class is first seen, write
the common cases inline (strings, optional values, arrays of strings or of records) and
convert each default once, so writing or reading a record costs little more than building it.
The JSON is the same as cattrs would write: fields in order, those left at their default
omitted (after the others, as cattrs places them), facts and entities led by their tag.

Only the fast converter reads through these functions; the detailed converter keeps cattrs'
own, which collect every problem with its path.
"""

from __future__ import annotations

import contextlib
import itertools
import types
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Final, Union, get_args, get_origin

import attrs
import cattrs
from cattrs.errors import ForbiddenExtraKeysError

from aibrief._core.registry import Registry
from aibrief._serialization.values import (
    QuantityType,
    identity,
    is_value_type,
    shown,
    structure_bool,
    structure_int,
    structure_str,
)

__all__ = [
    "is_homogeneous_tuple",
    "resolve",
    "structure_fn",
    "tagged_reader",
    "tagged_writer",
    "tuple_hook",
    "unstructure_fn",
]

_ABSENT: Final = object()
# A check for each JSON scalar: hooks that return the object itself when its type is right.
_CHECKS: Final = {str: structure_str, int: structure_int, bool: structure_bool}
_ARRAYS: Final = (tuple, list, Sequence)

Tag = tuple[str, str]  # the JSON key and the class's tag, e.g. ("kind", "market_move")


def unstructure_fn(
    cls: type, converter: cattrs.Converter, *, tag: Tag | None = None, omit: bool
) -> Callable[[Any], dict[str, Any]]:
    """A function writing an instance of ``cls`` as a dict; with ``omit``, defaults are left out."""
    with _building(converter, cls, "unstructure"):
        return _unstructure_fn(cls, converter, tag, omit)


def structure_fn(
    cls: type, converter: cattrs.Converter, *, tag: Tag | None = None
) -> Callable[..., Any]:
    """A function reading an instance of ``cls`` from a dict, stopping at the first problem."""
    with _building(converter, cls, "structure"):
        return _structure_fn(cls, converter, tag)


def _unstructure_fn(
    cls: type, converter: cattrs.Converter, tag: Tag | None, omit: bool
) -> Callable[[Any], dict[str, Any]]:
    resolve(cls)
    code = _Code(converter)
    head = [] if tag is None else [f"{code.name(tag[0])}: {code.name(tag[1])}"]
    tail = []
    for field in _init_fields(cls):
        value = f"o.{field.name}"
        if not omit or field.default is attrs.NOTHING:
            head.append(f"{field.name!r}: {code.write(field.type, value)}")
            continue
        default, per_object = _default(field)
        tail.append(f"    x = {value}")
        if per_object is not None:
            tail.append(f"    if x != {code.name(per_object)}(o):")
        elif default is None:
            tail.append("    if x is not None:")
        else:
            tail.append(f"    if x != {code.name(default)}:")
        written = _optional_arg(field.type) if default is None else None
        tail.append(f"        r[{field.name!r}] = {code.write(written or field.type, 'x')}")
    lines = ["def unstructure(o):", f"    r = {{{', '.join(head)}}}", *tail, "    return r"]
    return code.compile(lines, "unstructure", cls)


def _structure_fn(cls: type, converter: cattrs.Converter, tag: Tag | None) -> Callable[..., Any]:
    resolve(cls)
    code = _Code(converter)
    fields = _init_fields(cls)
    keys = frozenset(field.name for field in fields) | ({tag[0]} if tag else set())
    problem = code.name(_Problem(cls, keys, tag))
    lines = [
        "def structure(o, _=None):",
        f"    if not isinstance(o, dict): {problem}(o)",
    ]
    if tag is not None:
        key, value = code.name(tag[0]), code.name(tag[1])
        lines.append(f"    if o.get({key}, {value}) != {value}: {problem}(o)")
    if converter.forbid_extra_keys:
        lines.append(f"    if not {code.name(keys)}.issuperset(o): {problem}(o)")
    arguments, factories = [], False
    for n, field in enumerate(fields):
        x, key = f"x{n}", repr(field.name)
        if field.default is attrs.NOTHING:
            lines += [f"    {x} = o[{key}]", f"    {x} = {code.read(field.type, x)}"]
            arguments.append(f"{field.alias}={x}")
        elif isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
            # A fresh default per object: pass the field only when the document has it.
            lines.append(
                f"    if {key} in o: kw[{field.alias!r}] = {code.read(field.type, f'o[{key}]')}"
            )
            factories = True
        else:
            lines += [
                f"    {x} = o.get({key}, {code.name(_ABSENT)})",
                f"    {x} = {code.name(field.default)} if {x} is {code.name(_ABSENT)} "
                f"else {code.read(field.type, x)}",
            ]
            arguments.append(f"{field.alias}={x}")
    if factories:
        lines.insert(1, "    kw = {}")
        arguments.append("**kw")
    lines.append(f"    return {code.name(cls)}({', '.join(arguments)})")
    return code.compile(lines, "structure", cls)


def tagged_writer(converter: cattrs.Converter) -> Callable[[Any], Any]:
    """A function writing any fact (or entity) through the function of its own class."""
    writers: dict[type, Callable[[Any], Any]] = {}

    def unstructure(obj: Any) -> Any:
        write = writers.get(type(obj))
        if write is None:
            write = writers[type(obj)] = converter.get_unstructure_hook(type(obj))
        return write(obj)

    return unstructure


def tagged_reader(
    registry: Registry[Any], key: str, converter: cattrs.Converter
) -> Callable[..., Any]:
    """A function reading any fact (or entity) by its tag, through its class's function."""
    readers: dict[object, tuple[Callable[..., Any], type]] = {}
    generation = [registry.generation]

    def structure(obj: Any, _: object = None) -> Any:
        if generation[0] != registry.generation:  # a kind was registered: look tags up again
            readers.clear()
            generation[0] = registry.generation
        try:
            read, cls = readers[obj[key]]
        except (KeyError, TypeError):  # not an object, no tag, an unknown or unhashable tag
            read, cls = lookup(obj)
        return read(obj, cls)

    def lookup(obj: Any) -> tuple[Callable[..., Any], type]:
        if not isinstance(obj, dict):
            raise TypeError(f"expected an object with a {key!r} key, got {shown(obj)}")
        cls = registry.get(obj[key])
        readers[obj[key]] = (converter.get_structure_hook(cls), cls)
        return readers[obj[key]]

    return structure


def resolve(cls: type) -> type:
    """Resolve a class's string annotations once, reading ``Quantity`` as :class:`QuantityType`."""
    if cls not in _RESOLVED:
        for klass in reversed(cls.__mro__):
            if attrs.has(klass):
                attrs.resolve_types(klass, localns={"Quantity": QuantityType, "Any": Any})
        _RESOLVED.add(cls)
    return cls


_RESOLVED: set[type] = set()


def is_homogeneous_tuple(t: Any) -> bool:
    """Whether an annotation is ``tuple[X, ...]``."""
    args = get_args(t)
    return get_origin(t) is tuple and len(args) == 2 and args[1] is Ellipsis


def tuple_hook(t: Any, converter: cattrs.Converter) -> Callable[[object, object], Any]:
    """The structure hook of ``tuple[X, ...]``: a JSON array, each item read as an X."""
    # cattrs would iterate a string into one-letter items; a JSON array is required instead.
    as_list: Any = list[get_args(t)[0]]  # type: ignore[misc]
    inner = converter.get_structure_hook(as_list)

    def structure(obj: object, _: object) -> tuple[Any, ...]:
        return tuple(inner(_array(obj), as_list))

    return structure


class _Code:
    """The source of one generated function and the names it refers to."""

    def __init__(self, converter: cattrs.Converter) -> None:
        self.converter = converter
        self.names: dict[str, Any] = {}
        self._ids: dict[int, str] = {}
        self._counter = itertools.count()

    def name(self, obj: object) -> str:
        """A global name for ``obj`` in the generated function."""
        if id(obj) not in self._ids:
            self._ids[id(obj)] = name = f"_{next(self._counter)}"
            self.names[name] = obj
        return self._ids[id(obj)]

    def write(self, t: Any, value: str, depth: int = 0) -> str:
        """An expression for the JSON of ``value``, an expression of type ``t``."""
        if t is None or t is Any:
            return f"{self.name(self.converter.unstructure)}({value})"
        if not is_value_type(t):
            if (arg := _optional_arg(t)) is not None:
                return f"(None if {value} is None else {self.write(arg, value, depth)})"
            if (item := _array_item(t)) is not None:
                i = f"i{depth}"
                inner = self.write(item, i, depth + 1)
                return f"list({value})" if inner == i else f"[{inner} for {i} in {value}]"
        if (id(self.converter), t, "unstructure") in _BUILDING:  # recursive: look it up later
            return f"{self.name(self.converter.unstructure)}({value}, {self.name(t)})"
        hook = self.converter.get_unstructure_hook(t)
        return value if hook is identity else f"{self.name(hook)}({value})"

    def read(self, t: Any, value: str, depth: int = 0) -> str:
        """An expression reading ``value`` (a name) as type ``t``, raising if it is not one."""
        check = _CHECKS.get(t)
        if check is not None and self.converter.get_structure_hook(t) is check:
            return f"({value} if type({value}) is {t.__name__} else {self.name(check)}({value}))"
        if not is_value_type(t):
            if (arg := _optional_arg(t)) is not None:
                return f"(None if {value} is None else {self.read(arg, value, depth)})"
            if is_homogeneous_tuple(t):
                i = f"i{depth}"
                inner = self.read(get_args(t)[0], i, depth + 1)
                return f"tuple([{inner} for {i} in {self.name(_array)}({value})])"
        if (id(self.converter), t, "structure") in _BUILDING:
            return f"{self.name(self.converter.structure)}({value}, {self.name(t)})"
        hook = self.converter.get_structure_hook(t)
        return f"{self.name(hook)}({value}, {self.name(t)})"

    def compile(self, lines: list[str], what: str, cls: type) -> Callable[..., Any]:
        namespace = dict(self.names)
        exec(compile("\n".join(lines), f"<aibrief {what} {cls.__qualname__}>", "exec"), namespace)
        function: Callable[..., Any] = namespace[what]
        return function


@contextlib.contextmanager
def _building(converter: cattrs.Converter, cls: type, what: str) -> Iterator[None]:
    key = (id(converter), cls, what)
    _BUILDING.add(key)
    try:
        yield
    finally:
        _BUILDING.discard(key)


# The classes whose functions are being made, so a class that holds itself (or holds one
# that holds it) looks its function up when it runs instead of recursing forever.
_BUILDING: set[tuple[int, type, str]] = set()


@attrs.frozen
class _Problem:
    """Raises the error of an object that is not one of ``cls``: called only once reading
    has failed, so the fast path does no more than test."""

    cls: type
    keys: frozenset[str]
    tag: Tag | None

    def __call__(self, obj: Any) -> None:
        if not isinstance(obj, dict):
            raise TypeError(f"expected an object, got {shown(obj)}")
        if self.tag is not None:
            key, tag = self.tag
            if obj.get(key, tag) != tag:
                raise ValueError(f"{key} {obj[key]!r} does not match {self.cls.__name__} ({tag!r})")
        raise ForbiddenExtraKeysError("", self.cls, set(obj) - self.keys)


def _init_fields(cls: type) -> list[attrs.Attribute[Any]]:
    return [field for field in attrs.fields(cls) if field.init]


def _default(field: attrs.Attribute[Any]) -> tuple[Any, Callable[[Any], Any] | None]:
    """The default as the field holds it (converted), or a function of the object for it."""
    default: Any = field.default
    convert: Any = field.converter
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        if default.takes_self:
            return None, lambda obj: _convert(field, default.factory(obj), obj)
        default = default.factory()
    if getattr(convert, "takes_self", False):  # an attrs.Converter of the object itself
        return None, lambda obj: _convert(field, default, obj)
    return _convert(field, default, None), None


def _convert(field: attrs.Attribute[Any], value: Any, obj: Any) -> Any:
    # Converted once per class where cattrs converts the default again for every object.
    convert: Any = field.converter
    if convert is None:
        return value
    if not isinstance(convert, attrs.Converter):
        return convert(value)
    wrapped: Any = convert  # attrs.Converter's stubs do not declare its attributes
    args = [value] + [obj] * wrapped.takes_self + [field] * wrapped.takes_field
    return wrapped.converter(*args)


def _optional_arg(t: Any) -> Any:
    """X for ``X | None``, else None."""
    args = get_args(t)
    if get_origin(t) in (Union, types.UnionType) and len(args) == 2 and type(None) in args:
        return args[0] if args[1] is type(None) else args[1]
    return None


def _array_item(t: Any) -> Any:
    origin, args = get_origin(t), get_args(t)
    if origin is tuple:
        return args[0] if is_homogeneous_tuple(t) else None
    return args[0] if origin in _ARRAYS and len(args) == 1 else None


def _array(obj: Any) -> list[Any] | tuple[Any, ...]:
    if type(obj) is not list and type(obj) is not tuple:
        raise TypeError(f"expected a JSON array, got {shown(obj)}")
    return obj
