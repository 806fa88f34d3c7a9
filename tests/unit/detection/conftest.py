from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
import yaml

from earlywarn.adapters.config_files import read_text_model
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
    # The rules alone: these tests specify the rules. The text model that may override them on text notices
    # (config/detection/rules.yaml `text_model:`) has its own tests, test_text_model.py.
    return replace(config[0], version=config[0].version.split("+")[0], text_model=None)


@pytest.fixture
def directory():
    # A fresh directory per test: resolving a new company adds it.
    return load_detection_config(CONFIG_DIR)[1]


@pytest.fixture(scope="session")
def with_model(rules):
    """The rules with the shipped text model on, for the rounds' tests of what the model may and may not override."""
    spec = yaml.safe_load((CONFIG_DIR / "detection" / "rules.yaml").read_text(encoding="utf-8"))["text_model"]
    model = read_text_model(CONFIG_DIR / "detection", {**spec, "enabled": True})
    return replace(rules, version=rules.version.split("+")[0] + "+" + model.version, text_model=model)


def detect_text(rules, directory, text: str, lang: str | None, notice_date: date | None, today: date = TODAY):
    notice = NoticeRecord(source="test", kind=NoticeKind.TEXT, lang=lang, text=text, notice_date=notice_date)
    return detect(notice, rules, directory, today=today)


@pytest.fixture
def classify(rules, directory):
    def run(text: str, lang: str | None = None, notice_date: date | None = None):
        return detect_text(rules, directory, text, lang, notice_date)

    return run
