from pathlib import Path

import pytest
import yaml

CONFIG = Path(__file__).resolve().parents[3] / "config"


@pytest.fixture(scope="session")
def config_dir() -> Path:
    return CONFIG


@pytest.fixture(scope="session")
def read_config():
    """Parse a YAML file of the project's config folder, as staff left it."""

    def read(name: str) -> dict:
        return yaml.safe_load((CONFIG / name).read_text(encoding="utf-8"))

    return read
