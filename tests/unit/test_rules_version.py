"""The rules version known without compiling the rules (what pending work is keyed by) is the compiled one's."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from earlywarn.adapters.config_files import ConfigError, ProjectConfig

PROJECT = Path(__file__).resolve().parents[2]


def _config(tmp_path: Path, edit=None) -> ProjectConfig:
    folder = tmp_path / "config"
    shutil.copytree(PROJECT / "config", folder)
    if edit:
        rules = folder / "detection" / "rules.yaml"
        data = yaml.safe_load(rules.read_text(encoding="utf-8"))
        edit(data)
        rules.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return ProjectConfig(folder, tmp_path)


def test_the_version_announced_before_compiling_is_the_compiled_rules_version(tmp_path):
    config = ProjectConfig(PROJECT / "config", PROJECT)
    announced = config.detection_rules_version
    assert "detection_rules" not in config.__dict__  # not compiled for it
    assert announced == config.detection_rules.version
    assert ProjectConfig(PROJECT / "config", PROJECT).detection_rules.version == announced  # compiled first, then asked


def test_without_a_text_model_the_version_is_the_rules_own(tmp_path):
    config = _config(tmp_path, lambda data: data["text_model"].update(enabled=False))
    assert config.detection_rules_version == config.detection_rules.version == str(config.detection_config["version"])


def test_rules_without_a_version_fail_as_compiling_does(tmp_path):
    config = _config(tmp_path, lambda data: data.pop("version"))
    with pytest.raises(ValueError, match="version"):
        config.detection_rules_version


def test_compiled_rules_that_differ_from_the_announced_version_raise(tmp_path):
    config = _config(tmp_path)
    config.detection_rules_version  # noqa: B018
    config.__dict__["detection_rules_version"] = "something else"
    with pytest.raises(ConfigError, match="announced"):
        config.detection_rules  # noqa: B018
