"""The consistency rules of a brief: every problem found at once, each with its JSON path."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from aibrief._models.entities import Organization, Person
from aibrief._models.ids import references
from aibrief.errors import Problem

if TYPE_CHECKING:
    from aibrief._brief.brief import Brief

__all__ = ["find_problems"]

_SECTIONS = ("sources", "entities", "facts")
_SINGULAR = {"sources": "source", "entities": "entity", "facts": "fact"}
_REF_SECTION = {"source": "sources", "entity": "entities", "fact": "facts"}


def find_problems(brief: Brief) -> list[Problem]:
    """Every problem of ``brief``: duplicate ids, dangling references, missing citations and
    events dated before an organisation was founded (or a person was born)."""
    where: dict[str, str] = {}
    problems = list(_duplicates(brief, where))
    problems += _dangling(brief, where)
    problems += _uncited(brief)
    problems += _too_early(brief)
    return problems


def _records(brief: Brief) -> Iterator[tuple[str, int, object]]:
    for section in _SECTIONS:
        for index, record in enumerate(getattr(brief, section)):
            yield section, index, record


def _duplicates(brief: Brief, where: dict[str, str]) -> Iterator[Problem]:
    # One namespace for every id, so Brief.get(id) is never ambiguous.
    for section, index, record in _records(brief):
        path = f"$.{section}[{index}]"
        record_id: str = getattr(record, "id")  # noqa: B009  (records share no base class)
        if record_id in where:
            yield Problem(
                f"{path}.id",
                f"id {record_id!r} is already used at {where[record_id]}; give each record its own id",
                "duplicate_id",
            )
        else:
            where[record_id] = path


def _dangling(brief: Brief, where: dict[str, str]) -> Iterator[Problem]:
    for section, index, record in _records(brief):
        for kind, ref, path in references(record, f"$.{section}[{index}]"):
            found = where.get(ref)
            wanted = _REF_SECTION[kind]
            if found is None:
                yield Problem(
                    path,
                    f"{ref!r} is not the id of any {_SINGULAR[wanted]}; add it to {wanted} or fix the id",
                    "dangling_reference",
                )
            elif not found.startswith(f"$.{wanted}["):
                actual = _SINGULAR[found[2 : found.index("[")]]
                yield Problem(
                    path,
                    f"{ref!r} is the id of the {actual} at {found}, but a {_SINGULAR[wanted]} is meant here",
                    "dangling_reference",
                )


def _uncited(brief: Brief) -> Iterator[Problem]:
    for index, fact in enumerate(brief.facts):
        if not fact.citations:
            yield Problem(
                f"$.facts[{index}].citations",
                f"fact {fact.id!r} has no citation; quote the words of a source that state it",
                "no_citation",
            )


def _too_early(brief: Brief) -> Iterator[Problem]:
    founded = {e.id: e.founded for e in brief.entities if isinstance(e, Organization) and e.founded}
    born = {e.id: e.born for e in brief.entities if isinstance(e, Person) and e.born}
    if not founded and not born:
        return
    for index, fact in enumerate(brief.facts):
        if fact.date is None:
            continue
        for entity_id in fact.involved:
            start = founded.get(entity_id) or born.get(entity_id)
            # Only certain contradictions: the whole event period ends before the first day.
            if start is not None and fact.date.end < start.start:
                verb = "founded" if entity_id in founded else "born"
                yield Problem(
                    f"$.facts[{index}].date",
                    f"fact {fact.id!r} is dated {fact.date}, before {entity_id!r} was {verb} "
                    f"({start}); fix one of the two dates",
                    "before_founding" if verb == "founded" else "before_birth",
                )
