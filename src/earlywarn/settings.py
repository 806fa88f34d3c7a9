"""One validated settings object: environment (EARLYWARN_*) over config/settings.yaml over defaults."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    YamlConfigSettingsSource,
)

PROJECT_ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER_SECRETS = {"", "change-me", "changeme", "secret", "placeholder"}


def _default_home() -> Path:
    return PROJECT_ROOT


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="EARLYWARN_", extra="ignore")

    environment: Literal["development", "test", "production"] = "development"
    home: Path = Field(default_factory=_default_home)
    config_dir: Path | None = None
    state_dir: Path | None = None
    database_url: str | None = Field(default=None, description="any SQLAlchemy URL; SQLite file by default")

    language: Literal["ko", "en"] = "ko"
    timezone: str = "Asia/Seoul"
    batch_size: int = Field(default=2000, ge=1, le=100_000)
    max_file_bytes: int = Field(default=200 * 1024 * 1024, ge=1)
    task_runner: Literal["thread", "dask"] = Field(
        default="thread", description="where a flow run's parallel tasks run: threads of its process, or Dask workers"
    )
    task_workers: int = Field(default=2, ge=1, le=256, description="threads, or processes of the local Dask cluster")
    dask_address: str | None = Field(default=None, description="an existing Dask scheduler (tcp://host:8786); a local cluster when unset")
    detect_alongside_rows: int = Field(
        default=10_000, ge=0,
        description="once ingest has read this many rows, a second process detects what is stored while ingest reads on; 0: never",
    )
    read_ahead_bytes: int | None = Field(
        default=None, ge=0,
        description="a file at least this big is read and normalised in a second process while ingest stores it; 0: never; "
                    "unset: 1 MB where this process may use 3 cores or more, else never (services.read_ahead)",
    )

    prefect_port: int = 4200
    prefect_api_url: str | None = None

    apprise_config: Path | None = Field(default=None, description="Apprise YAML; config/apprise.yml by default")
    notify_timeout_seconds: float = 5.0
    notify_failures_before_alert: int = Field(default=5, ge=1, description="failed sends before operators are alerted")
    ack_within_minutes: int = 240
    quiet_hours_start: str = "22:00"
    quiet_hours_end: str = "07:00"

    contact_key: SecretStr | None = Field(default=None, description="Fernet key for worker contacts")
    pseudonym_salt: SecretStr | None = None

    @model_validator(mode="after")
    def _resolve_paths(self) -> "Settings":
        self.config_dir = self.config_dir or self.home / "config"
        self.state_dir = self.state_dir or self.home / "var"
        self.apprise_config = self.apprise_config or self.config_dir / "apprise.yml"
        if self.database_url is None:
            self.database_url = f"sqlite:///{self.state_dir / 'earlywarn.db'}"
        if self.prefect_api_url is None:
            self.prefect_api_url = f"http://127.0.0.1:{self.prefect_port}/api"
        if self.environment == "production":
            self._refuse_placeholder_secrets()
        return self

    def _refuse_placeholder_secrets(self) -> None:
        # Unset is allowed: the value may live in a Prefect Secret block (earlywarn-contact-key …), read
        # where it is used, which refuses to go on in production when neither place has it.
        for name in ("contact_key", "pseudonym_salt"):
            value = getattr(self, name)
            if value is not None and value.get_secret_value().strip().lower() in PLACEHOLDER_SECRETS:
                raise ValueError(f"EARLYWARN_{name.upper()} must be set to a real secret in production")

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        yaml_file = PROJECT_ROOT / "config" / "settings.yaml"
        return (init_settings, env_settings, YamlConfigSettingsSource(settings_cls, yaml_file=yaml_file))

    @property
    def prefect_home(self) -> Path:
        return self.state_dir / "prefect"

    @property
    def inbox_dir(self) -> Path:
        return self.state_dir / "inbox"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
