"""The unit of work: the only place that commits. Leaving the block without commit() rolls back."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import JSON, Engine, Table, bindparam, insert
from sqlalchemy.engine import Dialect
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.dialects.sqlite import pysqlite as sqlite_driver
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.types import TypeDecorator


class JsonText(TypeDecorator):
    """A JSON column's value that is already JSON text: bound as it is, never encoded twice."""

    impl = JSON
    cache_ok = True

    def bind_processor(self, dialect):
        return None


MAX_PARAMETERS = 30_000  # per statement: SQLite allows 32,766 bound parameters, PostgreSQL 65,535
MAX_ROWS_PER_STATEMENT = 1_000
_PLACEHOLDERS = {"qmark": "?", "format": "%s", "pyformat": "%s"}


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

    def insert_rows(
        self,
        table: Table,
        columns: Sequence[str],
        rows: Sequence[Sequence[Any]],
        unique: Sequence[str],
        *,
        returning: Sequence[str] = (),
        constants: Mapping[str, Any] | None = None,
        as_is: Sequence[str] = (),
    ) -> list[tuple]:
        """insert_returning for plain tuples, through the driver: `INSERT … VALUES (…), (…) ON CONFLICT (unique)
        DO NOTHING [RETURNING …]`, one statement per page of rows, the same SQL on SQLite and PostgreSQL.

        SQLAlchemy's per-row parameter processing (~30 µs an inserted row) is skipped: each value goes to
        the driver as given, except through the column type's bind processor where the dialect has one
        (dates on SQLite, JSON, aware datetimes). `rows` hold the values of `columns` in that order;
        `constants` are columns with one value for every row (processed once); `as_is` names columns
        bound without their processor (JSON text that is already encoded). Column defaults are not applied:
        give every column that has one (or let the database's own default stand). Returns the `returning`
        columns of the rows really inserted (none when `returning` is empty).
        """
        if not rows:
            return []
        assert self.session is not None
        constants = dict(constants or {})
        dialect = self.engine.dialect
        names = (*columns, *constants)
        width = len(names)
        processors = _processors(dialect, table, tuple(columns), tuple(as_is))
        constant_values = [
            process(value) if (process := _processor(dialect, table, name)) and name not in as_is else value
            for name, value in constants.items()
        ]
        page = max(1, min(MAX_ROWS_PER_STATEMENT, MAX_PARAMETERS // width))
        connection = self.session.connection()
        found: list[tuple] = []
        for start in range(0, len(rows), page):
            chunk = rows[start : start + page]
            params: list[Any] = []
            extend = params.extend
            for row in chunk:
                if processors:
                    row = list(row)
                    for index, process in processors:
                        row[index] = process(row[index])
                extend(row)
                if constant_values:
                    extend(constant_values)
            sql = _insert_sql(dialect, table.name, names, tuple(unique), tuple(returning), len(chunk))
            result = connection.exec_driver_sql(sql, tuple(params))
            if returning:
                found.extend(tuple(row) for row in result.fetchall())
        return found

    def fetch_rows(self, sql: str, params: Sequence[Any]) -> list[tuple]:
        """A query through the driver as written: no compilation, no expanded IN lists, no result processing
        (values come back as the driver gives them: on SQLite a date is ISO text)."""
        assert self.session is not None
        return self.session.connection().exec_driver_sql(sql, tuple(params)).fetchall()

    def update_rows(self, table: Table, columns: Sequence[str], key: str, rows: Sequence[Sequence[Any]]) -> None:
        """`UPDATE table SET columns… WHERE key = …` for each row (the new values, then the key), one executemany
        through the driver. Values are bound as given: for columns whose type needs no bind processor."""
        if not rows:
            return
        assert self.session is not None
        dialect = self.engine.dialect
        quote, mark = dialect.identifier_preparer.quote, _PLACEHOLDERS[dialect.paramstyle]
        assignments = ", ".join(f"{quote(name)} = {mark}" for name in columns)
        sql = f"UPDATE {quote(table.name)} SET {assignments} WHERE {quote(key)} = {mark}"
        self.session.connection().exec_driver_sql(sql, [tuple(row) for row in rows])


def dialect_placeholder(dialect: Dialect) -> str:
    """The driver's placeholder for one parameter, for SQL given to `UnitOfWork.fetch_rows`."""
    return _PLACEHOLDERS[dialect.paramstyle]


def _processor(dialect: Dialect, table: Table, name: str):
    column_type = table.c[name].type
    process = column_type._cached_bind_processor(dialect)
    if process is not None and _iso_date_text(column_type.dialect_impl(dialect)):
        return _date_as_iso(process)
    return process


_ISO_DATE_FORMAT = "%(year)04d-%(month)02d-%(day)02d"


def _iso_date_text(impl: Any) -> bool:
    """SQLite's DATE with its default storage format: a date is stored as `date.isoformat()` writes it."""
    return type(impl) in _SQLITE_DATES and impl._storage_format == _ISO_DATE_FORMAT


_SQLITE_DATES = (sqlite.DATE, sqlite_driver._SQLite_pysqliteDate)  # the driver's own adds nothing to binding


def _date_as_iso(process):
    """SQLite's DATE processor (~2.7 µs a value: a %-format of a dict) as date.isoformat (~0.6 µs) for plain dates,
    the same text; anything else (None, a datetime) still goes through SQLAlchemy's processor."""

    def iso(value, _date=date, _process=process):
        return value.isoformat() if type(value) is _date else _process(value)
    return iso


def _processors(dialect: Dialect, table: Table, columns: tuple[str, ...], as_is: tuple[str, ...]) -> list[tuple[int, Any]]:
    """(position, bind processor) of the columns whose type converts values for this dialect."""
    return [(index, process) for index, name in enumerate(columns)
            if name not in as_is and (process := _processor(dialect, table, name)) is not None]


@lru_cache(maxsize=64)
def _insert_sql(dialect: Dialect, table: str, columns: tuple[str, ...], unique: tuple[str, ...],
                returning: tuple[str, ...], rows: int) -> str:
    quote = dialect.identifier_preparer.quote
    mark = _PLACEHOLDERS[dialect.paramstyle]
    one_row = "(" + ", ".join([mark] * len(columns)) + ")"
    sql = (f"INSERT INTO {quote(table)} ({', '.join(quote(c) for c in columns)}) VALUES "
           + ", ".join([one_row] * rows)
           + f" ON CONFLICT ({', '.join(quote(c) for c in unique)}) DO NOTHING")
    if returning:
        sql += f" RETURNING {', '.join(quote(c) for c in returning)}"
    return sql
