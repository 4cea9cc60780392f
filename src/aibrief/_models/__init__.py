"""The typed facts of a brief: ids, names, provenance, entities, facts and events.

The built-in fact kinds register themselves when :mod:`.events` runs. This package imports it,
so whoever reaches the registry (a Brief, the JSON reader, ``fact_kinds()``) through any
module of the package finds them, however lazily aibrief was imported.
"""

from aibrief._models import events  # noqa: F401  (registers the built-in fact kinds)

__all__: list[str] = []
