"""A brief: the sources, entities and facts drawn from news, checked and queryable as one."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, TypeVar, overload

import attrs

from aibrief._brief import document, schema
from aibrief._brief.checks import find_problems
from aibrief._brief.html import brief_html
from aibrief._brief.kinds import kind_class
from aibrief._brief.records import frame, records
from aibrief._models.entities import Entity
from aibrief._models.facts import Fact
from aibrief._models.ids import items_of, to_tuple
from aibrief._models.provenance import Source
from aibrief.errors import (
    MergeConflictError,
    Problem,
    UnknownIdError,
    ValidationError,
)

if TYPE_CHECKING:
    import pandas

__all__ = ["Brief"]

T = TypeVar("T")
Record = Source | Entity | Fact


@attrs.frozen(kw_only=True, repr=False)
class Brief:
    """The sources, entities and facts of one or more news articles.

    Build it from lists; :meth:`validate` checks ids, references, citations and dates all at
    once; :meth:`to_json` and :meth:`from_json` round-trip it losslessly.

    >>> import aibrief as ab
    >>> source = ab.Source(id="mt", publisher="머니투데이", title="딥시크", language="ko",
    ...                    published=ab.PartialDate(2025, 2, 1))
    >>> deepseek = ab.Organization(id="deepseek", names={"en": "DeepSeek", "ko": "딥시크"},
    ...                            kind="startup", founded=ab.PartialDate(2023, 7))
    >>> release = ab.ModelRelease(id="r1-release", date=ab.PartialDate(2025, 1, 20),
    ...     model="deepseek-r1", open_source=True,
    ...     citations=[ab.Citation(source="mt", phrase="'딥시크-R1'을 오픈소스로 공개")])
    >>> brief = ab.Brief(sources=[source], entities=[deepseek], facts=[release])
    >>> brief
    Brief(1 source, 1 entity, 1 fact)
    >>> for problem in brief.problems():
    ...     print(problem)
    $.facts[0].model: 'deepseek-r1' is not the id of any entity; add it to entities or fix the id
    """

    sources: tuple[Source, ...] = attrs.field(
        default=(), converter=to_tuple, validator=items_of(Source)
    )
    entities: tuple[Entity, ...] = attrs.field(
        default=(), converter=to_tuple, validator=items_of(Entity)
    )
    facts: tuple[Fact, ...] = attrs.field(default=(), converter=to_tuple, validator=items_of(Fact))
    # A document shows all three sections, even empty (aibrief._serialization reads this).
    _json_keeps_defaults_: ClassVar[bool] = True
    # Built on first lookup; not part of equality, hashing or the JSON.
    _index: dict[str, Record] | None = attrs.field(
        default=None, init=False, eq=False, hash=False, repr=False
    )

    def __repr__(self) -> str:
        counts = [
            (len(self.sources), "source"),
            (len(self.entities), "entity"),
            (len(self.facts), "fact"),
        ]
        return "Brief(" + ", ".join(_plural(n, word) for n, word in counts) + ")"

    def _repr_html_(self) -> str:
        return brief_html(self)

    # --- Checking ---------------------------------------------------------------------------

    def problems(self) -> tuple[Problem, ...]:
        """Every problem of the brief, each with its JSON path; empty when all is well.

        The rules: ids are unique across sources, entities and facts; every reference names
        a record of the right section; every fact has a citation; no event is dated before an
        organisation involved was founded (or a person involved was born) when both are known.

        >>> import aibrief as ab
        >>> ab.Brief().problems()
        ()
        """
        return tuple(find_problems(self))

    def validate(self) -> Self:
        """Return the brief unchanged, or raise :class:`ValidationError` listing every problem.

        >>> import aibrief as ab
        >>> ab.Brief().validate()
        Brief(0 sources, 0 entities, 0 facts)
        """
        problems = self.problems()
        if problems:
            raise ValidationError.for_problems(problems, what="in the brief")
        return self

    # --- Queries ----------------------------------------------------------------------------

    def get(self, id: str) -> Record:
        """The source, entity or fact with this id.

        >>> import aibrief as ab
        >>> brief = ab.Brief(entities=[ab.Organization(id="nvidia", names={"en": "Nvidia"},
        ...                                            kind="chipmaker")])
        >>> brief.get("nvidia").names["en"]
        'Nvidia'
        """
        index = self._lookup()
        try:
            return index[id]
        except KeyError:
            close = difflib.get_close_matches(id, list(index), n=3)
            hint = (
                f"did you mean {' or '.join(map(repr, close))}?" if close else "check the spelling"
            )
            raise UnknownIdError(
                f"no source, entity or fact has the id {id!r}; {hint}", id=id, suggestions=close
            ) from None

    def find(self, id: str) -> Record | None:
        """The source, entity or fact with this id, or ``None``: :meth:`get` without the
        error, and without the search for close ids that the error's hint costs.

        >>> import aibrief as ab
        >>> brief = ab.datasets.deepseek()
        >>> brief.find("nvidia").names["en"], brief.find("CN")
        ('Nvidia', None)
        """
        return self._lookup().get(id)

    def timeline(self) -> tuple[Fact, ...]:
        """The dated facts in date order (a month before the days inside it); ties keep order.

        Facts without a date are left out; find them in :attr:`facts`.

        >>> import aibrief as ab
        >>> cite = [ab.Citation(source="mt", phrase="…")]
        >>> facts = [ab.Milestone(id=i, date=ab.PartialDate.parse(d), description=i, citations=cite)
        ...          for i, d in [("b", "2025-01-27"), ("a", "2023-07"), ("c", "2025-01")]]
        >>> [fact.id for fact in ab.Brief(facts=facts).timeline()]
        ['a', 'c', 'b']
        """
        dated = [fact for fact in self.facts if fact.date is not None]
        return tuple(sorted(dated, key=lambda fact: fact.date))  # type: ignore[arg-type,return-value]

    def about(self, entity_id: str) -> tuple[Fact, ...]:
        """The facts that involve an entity, in brief order.

        >>> import aibrief as ab
        >>> cite = [ab.Citation(source="mt", phrase="엔비디아 주가가 17% 폭락")]
        >>> move = ab.MarketMove(id="nvda-drop", security="nvidia", exchange="NASDAQ",
        ...                      percent_change=-17, citations=cite)
        >>> brief = ab.Brief(entities=[ab.Organization(id="nvidia", names={"en": "Nvidia"},
        ...                                            kind="chipmaker")], facts=[move])
        >>> [fact.id for fact in brief.about("nvidia")]
        ['nvda-drop']
        """
        if not isinstance(self._lookup().get(entity_id), Entity):
            self._missing_entity(entity_id)
        return tuple(fact for fact in self.facts if entity_id in fact.involved)

    @overload
    def of_kind(self, kind: type[T]) -> tuple[T, ...]: ...
    @overload
    def of_kind(self, kind: str) -> tuple[Fact | Entity, ...]: ...
    def of_kind(self, kind: type[Any] | str) -> tuple[Any, ...]:
        """The facts, entities or sources of a kind: a class, or a fact kind or entity type tag.

        >>> import aibrief as ab
        >>> brief = ab.datasets.deepseek()
        >>> [fact.id for fact in brief.of_kind(ab.MarketMove)]
        ['nvidia-drop', 'sk-hynix-drop']
        >>> brief.of_kind("market_move") == brief.of_kind(ab.MarketMove)
        True
        """
        cls = kind_class(kind)
        pool: Iterable[object]
        if issubclass(cls, Entity):
            pool = self.entities
        elif issubclass(cls, Source):
            pool = self.sources
        else:
            pool = self.facts
        return tuple(item for item in pool if isinstance(item, cls))

    # --- Combining --------------------------------------------------------------------------

    def merge(self, other: Brief) -> Brief:
        """A brief holding the records of both; a record present in both is kept once.

        Raises :class:`MergeConflictError` listing every id under which the two briefs hold
        different records.

        >>> import aibrief as ab
        >>> a = ab.Brief(sources=[ab.Source(id="mt", publisher="MT", title="A")])
        >>> b = ab.Brief(sources=[ab.Source(id="mt", publisher="MT", title="B")])
        >>> a.merge(a)
        Brief(1 source, 0 entities, 0 facts)
        >>> a.merge(b)
        Traceback (most recent call last):
        ...
        aibrief.errors.MergeConflictError: the briefs hold different records under the id 'mt'; ...
        """
        mine = self._lookup()
        theirs: list[Record] = [*other.sources, *other.entities, *other.facts]
        conflicts = [
            record.id for record in theirs if record.id in mine and mine[record.id] != record
        ]
        if conflicts:
            ids = ", ".join(map(repr, conflicts))
            raise MergeConflictError(
                f"the briefs hold different records under the id{'s' if len(conflicts) > 1 else ''} "
                f"{ids}; rename one side or drop one record before merging",
                ids=conflicts,
            )
        return Brief(
            sources=(*self.sources, *(s for s in other.sources if s.id not in mine)),
            entities=(*self.entities, *(e for e in other.entities if e.id not in mine)),
            facts=(*self.facts, *(f for f in other.facts if f.id not in mine)),
        )

    # --- JSON -------------------------------------------------------------------------------

    def to_json(self, *, indent: int | None = None) -> str:
        """The brief as a JSON document (format ``aibrief.brief``, version 1).

        Compact by default; ``indent`` spaces per level make it readable (``0`` keeps one line,
        with a space after each comma and colon).

        >>> import aibrief as ab
        >>> print(ab.Brief().to_json())
        {"format":"aibrief.brief","version":1,"sources":[],"entities":[],"facts":[]}
        >>> print(ab.Brief().to_json(indent=2))
        {
          "format": "aibrief.brief",
          "version": 1,
          "sources": [],
          "entities": [],
          "facts": []
        }
        """
        return document.encode(self, indent=indent).decode()

    @classmethod
    def from_json(cls, text: str | bytes, *, validate: bool = True) -> Brief:
        """Read a brief written by :meth:`to_json`; never runs code from the document.

        Raises :class:`BriefLoadError` listing every problem with its JSON path; with
        ``validate=True`` (the default) the brief's own rules are checked too.

        >>> import aibrief as ab
        >>> ab.Brief.from_json(ab.Brief().to_json()) == ab.Brief()
        True
        """
        brief = document.loads(text, Brief)
        return brief.validate() if validate else brief

    def dump(self, path: str | PathLike[str], *, indent: int | None = 2) -> None:
        """Write the brief to a UTF-8 JSON file."""
        Path(path).write_bytes(document.encode(self, indent=indent) + b"\n")

    @classmethod
    def load(cls, path: str | PathLike[str], *, validate: bool = True) -> Brief:
        """Read a brief from a UTF-8 JSON file written by :meth:`dump`."""
        return cls.from_json(Path(path).read_bytes(), validate=validate)

    @staticmethod
    def json_schema() -> dict[str, Any]:
        """The JSON Schema (draft 2020-12) of the document format, every registered kind included.

        >>> import aibrief as ab
        >>> ab.Brief.json_schema()["properties"]["version"]
        {'const': 1}
        """
        return schema.brief_schema()

    # --- Tables -----------------------------------------------------------------------------

    def to_records(self, kind: type | str) -> list[dict[str, Any]]:
        """Flat rows, one per fact (or entity) of a kind: one column per field, amounts split
        into value, currency, unit, qualifier and bounds.

        >>> import aibrief as ab
        >>> cite = [ab.Citation(source="mt", phrase="17% 폭락")]
        >>> brief = ab.Brief(facts=[ab.MarketMove(id="drop", security="nvidia",
        ...     exchange="NASDAQ", percent_change=-17, citations=cite)])
        >>> row = brief.to_records("market_move")[0]
        >>> row["security"], row["percent_change"], row["percent_change_qualifier"]
        ('nvidia', Decimal('-17'), 'exact')
        """
        return records(self, kind)

    def to_frame(
        self, kind: type | str, *, amounts: Literal["decimal", "float"] = "decimal"
    ) -> pandas.DataFrame:
        """The rows of :meth:`to_records` as a pandas DataFrame (``pip install aibrief[pandas]``).

        A partial date keeps its text and gains ``<name>_start`` and ``<name>_end`` columns
        (``datetime64``); text columns are pandas' ``string``, whole numbers such as ranks
        ``Int64``, amounts Decimal (or ``Float64`` with ``amounts="float"``), and ``<NA>``
        marks every missing value.

        >>> import aibrief as ab
        >>> brief = ab.datasets.deepseek()
        >>> frame = brief.to_frame("statistic", amounts="float")
        >>> import numpy as np
        >>> frame.loc[0, ["period_end", "period_end_start", "period_end_end", "rank"]].tolist()
        ['2023-12', Timestamp('2023-12-01 00:00:00'), Timestamp('2023-12-31 00:00:00'), np.int64(1)]
        >>> frame[["value", "value_low", "value_high"]].dtypes.tolist()
        [Float64Dtype(), Float64Dtype(), Float64Dtype()]
        """
        return frame(self, kind, amounts=amounts)

    # --- Private helpers --------------------------------------------------------------------

    def _lookup(self) -> dict[str, Record]:
        if self._index is None:
            index: dict[str, Record] = {}
            everything: list[Record] = [*self.sources, *self.entities, *self.facts]
            for record in everything:
                index.setdefault(record.id, record)
            object.__setattr__(self, "_index", index)
            return index
        return self._index

    def _missing_entity(self, entity_id: str) -> None:
        entities = [entity.id for entity in self.entities]
        close = difflib.get_close_matches(entity_id, entities, n=3)
        hint = f"did you mean {' or '.join(map(repr, close))}?" if close else "check the spelling"
        raise UnknownIdError(
            f"no entity has the id {entity_id!r}; {hint}", id=entity_id, suggestions=close
        )


def _plural(count: int, word: str) -> str:
    if count == 1:
        return f"1 {word}"
    return f"{count} {'entities' if word == 'entity' else word + 's'}"
