"""Prefect's own database, migrated once per installation, so a new state folder's server boots without migrating.

A Prefect server on a new PREFECT_HOME creates its SQLite database by running every one of Prefect's Alembic
migrations: about 4.5 of the ~10 s of its first boot on the 2-core machine. The schema they build depends only
on the installed Prefect version, so the install step (`make`, which runs `earlywarn server prepare`) migrates
one database per Prefect version into the environment, as pip compiles .pyc files at install time, and the
first boot of every new PREFECT_HOME starts from a copy. The server still runs its migrations on start (a no-op
on the copy) and registers its block types, so the database it serves is the one it would have built itself.
Without a template (no install step, another Prefect version, or another database configured) nothing changes.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import tempfile
from importlib.metadata import version
from pathlib import Path

TEMPLATE_DIR = Path(sys.prefix) / "share" / "earlywarn"
DATABASE_NAME = "prefect.db"  # Prefect's default database in PREFECT_HOME


def template_path(template_dir: Path = TEMPLATE_DIR) -> Path:
    return template_dir / f"prefect-{version('prefect')}.db"


def prepare_template(template_dir: Path = TEMPLATE_DIR) -> Path:
    """Migrate a Prefect database in a scratch home with Prefect's own command and keep a copy of it."""
    target = template_path(template_dir)
    with tempfile.TemporaryDirectory(prefix="earlywarn-prefect-template-") as scratch:
        env = {key: value for key, value in os.environ.items() if not key.startswith("PREFECT_")}
        env |= {"PREFECT_HOME": scratch, "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1"}
        subprocess.run([sys.executable, "-m", "prefect", "server", "database", "upgrade", "--yes"],
                       env=env, check=True, capture_output=True, stdin=subprocess.DEVNULL, timeout=300)
        _copy_database(Path(scratch) / DATABASE_NAME, target)
    return target


def seed_home(home: Path, template_dir: Path = TEMPLATE_DIR) -> bool:
    """Give a new PREFECT_HOME a copy of the template. False when there is nothing to do: the home has its
    database already, Prefect is configured to use another database, or no template was prepared."""
    database = home / DATABASE_NAME
    if database.exists() or _other_database_configured():
        return False
    template = template_path(template_dir)
    if not template.exists():
        return False
    _copy_database(template, database)
    return True


def _other_database_configured() -> bool:
    return any(key.startswith("PREFECT_") and "DATABASE" in key for key in os.environ)


def _copy_database(source: Path, target: Path) -> None:
    """SQLite's online backup (consistent even while the source is open), then a rename: a reader never sees
    half a file, and two processes seeding at once each write a whole one."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f"{target.name}.{os.getpid()}.partial")
    source_connection, partial_connection = sqlite3.connect(source), sqlite3.connect(partial)
    try:
        source_connection.backup(partial_connection)
    finally:
        partial_connection.close()
        source_connection.close()
    os.replace(partial, target)
