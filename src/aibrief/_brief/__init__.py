"""The brief: a document of sources, entities and facts, its consistency checks, its JSON
document and schema, and its tables.

``Brief`` is re-exported here because pickles made by aibrief 0.1 name it
``aibrief._brief.Brief``.
"""

from aibrief._brief.brief import Brief

__all__ = ["Brief"]
