"""Wires settings, config and the database together for one process."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import Engine

from earlywarn.adapters.config_files import ProjectConfig
from earlywarn.adapters.db.engine import make_engine, migrate
from earlywarn.adapters.db.unit_of_work import UnitOfWork
from earlywarn.settings import Settings, get_settings


@dataclass
class App:
    settings: Settings
    engine: Engine
    config: ProjectConfig
    migrated: bool = False

    def uow(self) -> UnitOfWork:
        return UnitOfWork(self.engine)


def build_app(settings: Settings) -> App:
    engine = make_engine(settings.database_url)
    migrated = migrate(engine)
    return App(settings, engine, ProjectConfig(settings.config_dir, settings.home), migrated)


def connect_app(settings: Settings) -> App:
    """An app on a database that another process has migrated: Alembic is not imported (~10 MB resident)."""
    return App(settings, make_engine(settings.database_url), ProjectConfig(settings.config_dir, settings.home))


@lru_cache(maxsize=1)
def get_app() -> App:
    return build_app(get_settings())
