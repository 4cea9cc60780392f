"""The typed facts of a brief: ids, names, provenance, entities, facts and events.

The built-in fact kinds register themselves when :mod:`.events`, :mod:`.results` and
:mod:`.markets` run. This package imports them,
so whoever reaches the registry (a Brief, the JSON reader, ``fact_kinds()``) through any
module of the package finds them, however lazily aibrief was imported.
"""

from aibrief._models import events, markets, results  # noqa: F401  (register the built-in kinds)

__all__: list[str] = []
