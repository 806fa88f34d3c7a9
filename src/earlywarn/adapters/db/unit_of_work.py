"""The unit of work: the only place that commits. Leaving the block without commit() rolls back."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import JSON, Engine, bindparam, insert
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.types import TypeDecorator


class JsonText(TypeDecorator):
    """A JSON column's value that is already JSON text: bound as it is, never encoded twice."""

    impl = JSON
    cache_ok = True

    def bind_processor(self, dialect):
        return None


class UnitOfWork:
    def __init__(self, engine: Engine):
        self.engine = engine
        self._factory = sessionmaker(bind=engine, expire_on_commit=False)
        self.session: Session | None = None

    def __enter__(self) -> "UnitOfWork":
        self.session = self._factory()
        return self

    def __exit__(self, *exc_info) -> None:
        assert self.session is not None
        # close() rolls back what was not committed; unlike rollback() it leaves loaded rows readable
        self.session.close()
        self.session = None

    def commit(self) -> None:
        assert self.session is not None
        self.session.commit()

    def rollback(self) -> None:
        assert self.session is not None
        self.session.rollback()

    def insert_ignoring_duplicates(
        self, model: type, rows: Sequence[dict[str, Any]], unique: Iterable[str]
    ) -> int:
        """Bulk insert; rows that collide with a unique key are skipped. Returns rows inserted.

        Set-based and race-free: two runs inserting the same business key cannot both win.
        """
        return len(self.insert_returning(model, rows, unique, returning=("id",)))

    def insert_returning(
        self,
        model: type,
        rows: Sequence[dict[str, Any]],
        unique: Iterable[str],
        *,
        returning: Sequence[str],
        json_text: Sequence[str] = (),
    ) -> list[tuple]:
        """Like insert_ignoring_duplicates, but gives back the chosen columns of the rows really inserted.

        Saves the read-back query a caller would need to learn the new ids (one round trip per chunk).
        `json_text` names JSON columns whose values are already JSON text (pydantic's model_dump_json is
        several times faster than json.dumps of a dict): they are stored as given.
        """
        if not rows:
            return []
        assert self.session is not None
        dialect = self.engine.dialect.name
        table = model.__table__
        if dialect == "sqlite":
            statement = sqlite.insert(table).on_conflict_do_nothing(index_elements=list(unique))
        elif dialect == "postgresql":
            statement = postgresql.insert(table).on_conflict_do_nothing(index_elements=list(unique))
        else:  # pragma: no cover - other databases fall back to plain inserts
            statement = insert(table)
        if json_text:
            statement = statement.values({name: bindparam(name, type_=JsonText()) for name in json_text})
        # RETURNING counts what was really inserted: executemany row counts differ between drivers
        result = self.session.execute(statement.returning(*(table.c[name] for name in returning)), list(rows))
        return [tuple(row) for row in result.all()]
