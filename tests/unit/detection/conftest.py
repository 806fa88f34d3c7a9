from datetime import date
from pathlib import Path

import pytest

from earlywarn.cli_classify import load_detection_config
from earlywarn.domain.detection import detect
from earlywarn.domain.notices import NoticeKind, NoticeRecord

CONFIG_DIR = Path(__file__).resolve().parents[3] / "config"
TODAY = date(2024, 6, 1)


@pytest.fixture(scope="session")
def config():
    return load_detection_config(CONFIG_DIR)


@pytest.fixture(scope="session")
def rules(config):
    return config[0]


@pytest.fixture
def directory():
    # A fresh directory per test: resolving a new company adds it.
    return load_detection_config(CONFIG_DIR)[1]


@pytest.fixture
def classify(rules, directory):
    def run(text: str, lang: str | None = None, notice_date: date | None = None):
        notice = NoticeRecord(source="test", kind=NoticeKind.TEXT, lang=lang, text=text, notice_date=notice_date)
        return detect(notice, rules, directory, today=TODAY)

    return run
