"""Pickles made by an older aibrief load after a model gains a field with a default.

attrs restores a slotted class from a pickle by setting the attributes the pickle holds; a
field added since is left unset, and reading it raises :exc:`AttributeError`. A model that
gains a field wears :func:`loads_older_pickles`, which gives such a field its default.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import attrs

__all__ = ["loads_older_pickles"]

C = TypeVar("C", bound=type)


def loads_older_pickles(cls: C) -> C:
    """Give the fields that an older pickle of ``cls`` lacks their defaults when it loads.

    Put it above ``@attrs.frozen`` (and below ``@fact_kind``). Fields whose default is a
    factory are left as attrs leaves them: none of the fields added so far needs one.

    >>> import attrs
    >>> from aibrief._models.pickles import loads_older_pickles
    >>> @loads_older_pickles
    ... @attrs.frozen
    ... class Point:
    ...     x: int
    ...     label: str | None = None
    >>> point = Point.__new__(Point)  # what pickle.load does with a Point made before `label`
    >>> point.__setstate__({"x": 1})
    >>> point
    Point(x=1, label=None)
    """
    restore: Callable[[Any, Any], None] = cls.__setstate__  # type: ignore[attr-defined]  # attrs made it
    defaults = tuple(
        (field.name, field.default)
        for field in attrs.fields(cls)
        if field.default is not attrs.NOTHING and not isinstance(field.default, attrs.Factory)  # type: ignore[arg-type]  # attrs.Factory is a class at run time
    )

    def setstate(self: Any, state: Any) -> None:
        restore(self, state)
        for name, default in defaults:
            if not hasattr(self, name):
                object.__setattr__(self, name, default)

    cls.__setstate__ = setstate  # type: ignore[attr-defined]
    return cls
