from pathlib import Path

import pytest
import yaml

from earlywarn.adapters.readers import load_header_synonyms

CONFIG = Path(__file__).resolve().parents[3] / "config" / "headers.yaml"


@pytest.fixture(scope="package")
def synonyms():
    return load_header_synonyms(yaml.safe_load(CONFIG.read_text(encoding="utf-8")))
