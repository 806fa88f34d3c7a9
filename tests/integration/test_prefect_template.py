"""The installation's migrated Prefect database, copied into each new PREFECT_HOME before its server's first boot."""

from __future__ import annotations

import sqlite3

import pytest

from earlywarn.adapters.prefect_template import prepare_template, seed_home, template_path


def _database_with_table(path, table: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path)
    connection.execute(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY)")
    connection.commit()
    connection.close()


def _tables(path) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        return {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        connection.close()


@pytest.fixture
def no_prefect_database_settings(monkeypatch):
    for key in [key for key in __import__("os").environ if key.startswith("PREFECT_") and "DATABASE" in key]:
        monkeypatch.delenv(key)


def test_a_new_prefect_home_starts_from_the_installations_template(tmp_path, no_prefect_database_settings):
    _database_with_table(template_path(tmp_path / "templates"), "from_template")

    assert seed_home(tmp_path / "home", tmp_path / "templates") is True

    assert _tables(tmp_path / "home" / "prefect.db") == {"from_template"}
    assert not list((tmp_path / "home").glob("*.partial"))


def test_a_home_that_has_its_database_keeps_it(tmp_path, no_prefect_database_settings):
    _database_with_table(template_path(tmp_path / "templates"), "from_template")
    _database_with_table(tmp_path / "home" / "prefect.db", "its_own")

    assert seed_home(tmp_path / "home", tmp_path / "templates") is False
    assert _tables(tmp_path / "home" / "prefect.db") == {"its_own"}


def test_without_a_template_the_server_migrates_as_before(tmp_path, no_prefect_database_settings):
    assert seed_home(tmp_path / "home", tmp_path / "templates") is False
    assert not (tmp_path / "home" / "prefect.db").exists()


def test_a_prefect_configured_for_another_database_gets_no_copy(tmp_path, monkeypatch):
    _database_with_table(template_path(tmp_path / "templates"), "from_template")
    monkeypatch.setenv("PREFECT_API_DATABASE_CONNECTION_URL", "postgresql+asyncpg://prefect@localhost/prefect")

    assert seed_home(tmp_path / "home", tmp_path / "templates") is False
    assert not (tmp_path / "home" / "prefect.db").exists()


def test_the_prepared_template_is_a_migrated_prefect_database(tmp_path, no_prefect_database_settings):
    template = prepare_template(tmp_path)

    assert template == template_path(tmp_path)
    connection = sqlite3.connect(template)
    try:
        revisions = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    finally:
        connection.close()
    assert len(revisions) == 1  # Prefect's migrations ran to their head
    assert {"flow_run", "task_run", "deployment"} <= _tables(template)
