"""Fixtures shared by every level: a real database per test, the real config, local receivers."""

from __future__ import annotations

from pathlib import Path

import pytest

from earlywarn.settings import PROJECT_ROOT, Settings
from tests.support.postgres import postgres_server, postgres_url  # noqa: F401  (fixtures)
from tests.support.receivers import http_receiver, smtp_receiver  # noqa: F401  (fixtures)

SHARED_WARN = (PROJECT_ROOT / ".." / "shared" / "data" / "warn").resolve()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """The project's real config, with state (SQLite, inbox) in a fresh folder."""
    return Settings(environment="test", home=PROJECT_ROOT, state_dir=tmp_path / "var")


@pytest.fixture
def app(settings: Settings):
    from earlywarn.bootstrap import build_app

    current = build_app(settings)
    yield current
    current.engine.dispose()


@pytest.fixture
def shared_warn_dir() -> Path:
    if not SHARED_WARN.is_dir():
        pytest.skip(f"real WARN files not found at {SHARED_WARN} (../shared is absent)")
    return SHARED_WARN


def apprise_yaml(*targets: tuple[str, str]) -> str:
    """An Apprise YAML config routing each (url, tags) pair."""
    lines = ["version: 1", "urls:"]
    for url, tags in targets:
        lines += [f"  - {url}:", f"    - tag: {tags}"]
    return "\n".join(lines) + "\n"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_app(request, tmp_path):
    """The same test on the embedded default and on PostgreSQL."""
    from earlywarn.bootstrap import build_app

    url = request.getfixturevalue("postgres_url") if request.param == "postgresql" else None
    settings = Settings(environment="test", home=PROJECT_ROOT, state_dir=tmp_path / "var", database_url=url)
    current = build_app(settings)
    yield current
    current.engine.dispose()
