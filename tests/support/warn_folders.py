"""A test app reading one folder of WARN-like CSV files, and the rows those files hold."""

from __future__ import annotations

from pathlib import Path

from earlywarn.adapters.config_files import SourceConfig
from earlywarn.bootstrap import build_app
from earlywarn.settings import PROJECT_ROOT, Settings

NOTICE_TYPES = ["Layoff Permanent", "Closure Permanent", "Temporary Layoff", "희망퇴직"]
HEADER = "Company,City,Notice Type,Employees Affected,Notice Date,Layoff Date"


def app_reading_folder(tmp_path: Path, name: str, folder: Path, **settings):
    """An app with its own state folder (tmp_path/name) whose only source is `folder`."""
    app = build_app(Settings(environment="test", home=PROJECT_ROOT, state_dir=tmp_path / name, batch_size=100, **settings))
    app.config.sources = [SourceConfig(name="warn", kind="folder", path=str(folder))]
    return app


def warn_row(n: int, companies: int) -> str:
    """Row n of a file: one of `companies` sites, a type, a count and dates that vary with n."""
    return (f"Company {n % companies:03d} Holdings,Town {n % 13},{NOTICE_TYPES[n % 4]},{10 + n % 300},"
            f"2023-{1 + n % 12:02d}-{1 + n % 28:02d},2024-02-01")
