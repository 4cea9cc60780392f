"""Registries of fact kinds and entity types, so users add kinds without editing aibrief."""

from __future__ import annotations

import difflib
import re
import threading
from collections.abc import Callable
from typing import Final, Generic, TypeVar

from aibrief.errors import FieldTypeError, InvalidFieldError, UnknownKindError

__all__ = ["Registry"]

T = TypeVar("T")
C = TypeVar("C", bound=type)

_TAG: Final = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*", re.ASCII)


class Registry(Generic[T]):
    """Classes by tag (``"market_move"``); the JSON ``kind``/``type`` key selects among them."""

    def __init__(self, base: type[T], *, what: str, attribute: str, decorator: str) -> None:
        self.base = base
        self._what = what
        self.attribute = attribute
        self._decorator = decorator
        self._classes: dict[str, type[T]] = {}
        self._lock = threading.Lock()
        # Bumped on every registration so converters know when to rebuild their dispatch.
        self.generation = 0

    def decorator(self, tag: str) -> Callable[[C], C]:
        """A class decorator registering its class under ``tag``."""
        if not isinstance(tag, str) or not _TAG.fullmatch(tag):
            raise InvalidFieldError(
                f"{self._what} tag {tag!r} is not valid; expected snake_case ASCII "
                "such as 'market_move'"
            )

        def register(cls: C) -> C:
            self._check_class(cls, tag)
            with self._lock:
                known = self._classes.get(tag)
                if known is not None and _qualified(known) != _qualified(cls):
                    raise InvalidFieldError(
                        f"{self._what} {tag!r} is already registered to {_qualified(known)}; "
                        "choose another tag"
                    )
                setattr(cls, self.attribute, tag)
                self._classes[tag] = cls
                self.generation += 1
            return cls

        return register

    def get(self, tag: str) -> type[T]:
        """The class registered under ``tag``."""
        try:
            return self._classes[tag]
        except (KeyError, TypeError):
            raise self.unknown(tag) from None

    def unknown(self, tag: object) -> UnknownKindError:
        """The error for a tag that is not registered, with close matches first."""
        known = sorted(self._classes)
        close = difflib.get_close_matches(str(tag), known, n=3)
        listed = ", ".join(repr(k) for k in (close or known))
        return UnknownKindError(
            f"unknown {self._what} {tag!r}; expected one of {listed}"
            + ("" if close else f" (register new ones with @{self._decorator})"),
            kind=str(tag),
            known=known,
        )

    def classes(self) -> dict[str, type[T]]:
        """A copy of the registry: tag to class, in registration order."""
        return dict(self._classes)

    def _check_class(self, cls: type, tag: str) -> None:
        # attrs.has() is also true for a plain subclass of an attrs class, so look in its own dict.
        own = isinstance(cls, type) and "__attrs_attrs__" in vars(cls)
        if not (own and issubclass(cls, self.base)):
            raise FieldTypeError(
                f"cannot register {cls!r} as {self._what} {tag!r}: it must be an attrs class "
                f"deriving from {self.base.__name__}; put the decorator above @attrs.frozen"
            )


def _qualified(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"
