"""Reads the YAML under config/ that staff edit, and hands each part to the code that uses it."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, Field


# libyaml's loader when PyYAML was built with it: the same data, ~15x faster (the detection rules: ~190 -> ~13 ms)
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class ConfigError(ValueError):
    """A config file is missing or invalid; the message names the file and the problem."""


class SourceConfig(BaseModel):
    name: str
    kind: Literal["folder", "file", "feed"]
    path: str
    region: str | None = None
    jurisdiction: str | None = None
    override: dict[str, str] = Field(default_factory=dict)
    patterns: list[str] = Field(default_factory=lambda: ["*"])


def read_yaml(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.load(handle, Loader=_SAFE_LOADER) or {}  # noqa: S506  (a safe loader)
    except FileNotFoundError as error:
        raise ConfigError(f"config file missing: {path}") from error
    except yaml.YAMLError as error:
        raise ConfigError(f"config file is not valid YAML: {path}: {error}") from error


def read_yaml_folder(folder: Path) -> dict[str, Any]:
    """Deep-merge every *.yaml in a folder into one dict (file order by name): lexicon_en.yaml and
    lexicon_ko.yaml both add under `lexicons`, neither replaces the other."""
    from earlywarn.domain.detection.rules import merge_configs

    return merge_configs([read_yaml(path) for path in sorted(folder.glob("*.yaml"))])


def read_text_model(folder: Path, spec: dict[str, Any] | None):
    """The text model of config/detection/ (`text_model:` in rules.yaml), or None when it is not enabled."""
    if not spec or not spec.get("enabled"):
        return None
    import numpy as np

    from earlywarn.domain.detection.text_model import TextModel

    path = folder / spec.get("file", "text_model.npz")
    try:
        with np.load(path, allow_pickle=False) as data:
            veto_below = spec.get("veto_below")
            return TextModel.from_arrays(dict(data), threshold=float(spec.get("threshold", 0.65)), gate=spec.get("gate"),
                                         veto_below=None if veto_below is None else float(veto_below))
    except FileNotFoundError as error:
        raise ConfigError(f"text model weights missing: {path} (train: python -m benchmarks.train_text_model)") from error


class ProjectConfig:
    """Lazy access to config/: each part is read once, when first needed."""

    def __init__(self, config_dir: Path, project_dir: Path):
        self.config_dir = config_dir
        self.project_dir = project_dir

    @cached_property
    def sources(self) -> list[SourceConfig]:
        data = read_yaml(self.config_dir / "sources.yaml")
        return [SourceConfig.model_validate(item) for item in data.get("sources", [])]

    def source(self, name: str) -> SourceConfig | None:
        return next((s for s in self.sources if s.name == name), None)

    def source_path(self, source: SourceConfig) -> Path:
        path = Path(source.path)
        return path if path.is_absolute() else self.project_dir / path

    @cached_property
    def header_synonyms(self):
        from earlywarn.adapters.readers import load_header_synonyms

        return load_header_synonyms(read_yaml(self.config_dir / "headers.yaml"))

    @cached_property
    def detection_config(self) -> dict[str, Any]:
        return read_yaml_folder(self.config_dir / "detection")

    @cached_property
    def detection_rules(self):
        from earlywarn.adapters.rules_cache import cached_rules
        from earlywarn.domain.detection.rules import with_text_model

        rules = with_text_model(cached_rules(self.detection_config), self.detection_text_model)
        if "detection_rules_version" in self.__dict__ and rules.version != self.detection_rules_version:
            raise ConfigError(f"detection rules compiled as {rules.version}, announced as {self.detection_rules_version}")
        return rules

    @cached_property
    def detection_text_model(self):
        return read_text_model(self.config_dir / "detection", self.detection_config.get("text_model"))

    @cached_property
    def detection_rules_version(self) -> str:
        """The version `detection_rules` has, without compiling them (~2 s of a process): detections are keyed by
        it, so whether anything is pending is known before the rules are needed. The same text as load_rules's."""
        if "detection_rules" in self.__dict__:
            return self.detection_rules.version
        config = self.detection_config
        if not config.get("version"):
            return self.detection_rules.version  # raises as compiling does
        model = self.detection_text_model
        return str(config["version"]) + (f"+{model.version}" if model else "")

    @cached_property
    def companies_config(self) -> dict[str, Any]:
        return read_yaml(self.config_dir / "companies.yaml")

    @cached_property
    def counselors_config(self) -> dict[str, Any]:
        return read_yaml(self.config_dir / "counselors.yaml")

    @cached_property
    def programs_config(self) -> dict[str, Any]:
        return read_yaml(self.config_dir / "programs.yaml")

    @cached_property
    def alerts_config(self) -> dict[str, Any]:
        return read_yaml(self.config_dir / "alerts.yaml")

    @cached_property
    def thresholds_config(self) -> dict[str, Any]:
        return read_yaml(self.config_dir / "thresholds.yaml")

    @cached_property
    def templates(self) -> dict[str, str]:
        """Message templates keyed '<kind>.<lang>' from config/templates/<lang>/<kind>.j2."""
        folder = self.config_dir / "templates"
        return {
            f"{path.stem}.{path.parent.name}": path.read_text(encoding="utf-8")
            for path in sorted(folder.glob("*/*.j2"))
        }
