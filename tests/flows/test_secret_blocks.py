"""Secrets kept in Prefect Secret blocks reach the roster and the Apprise targets, and are never shown."""

from __future__ import annotations

import logging

import pytest
from cryptography.fernet import Fernet
from prefect.blocks.system import Secret

from earlywarn.adapters.notifier import Notifier
from earlywarn.services.roster_import import RosterError, roster_secrets
from earlywarn.settings import Settings
from tests.support.receivers import SmtpReceiver

TITLE = "[군산] 희망퇴직 접수"


@pytest.fixture
def blocks(prefect_server):
    saved = []

    def save(name: str, value: str) -> None:
        Secret(value=value).save(name, overwrite=True)
        saved.append(name)

    yield save
    for name in saved:
        Secret.delete(name)


def test_the_roster_key_and_salt_come_from_secret_blocks_when_the_environment_has_none(blocks, tmp_path):
    key = Fernet.generate_key().decode()
    blocks("earlywarn-contact-key", key)
    blocks("earlywarn-pseudonym-salt", "salt-from-a-block-7731")

    from_environment = Fernet.generate_key().decode()

    secrets = roster_secrets(Settings(environment="production", state_dir=tmp_path,
                                      contact_key=from_environment, pseudonym_salt=None))

    assert secrets.salt == b"salt-from-a-block-7731"
    assert secrets.contact_key == from_environment.encode()  # the environment wins where both are set
    assert not (tmp_path / "secrets").exists()  # nothing generated on disk


def test_production_without_the_secret_anywhere_refuses_and_names_both_places(prefect_server, tmp_path):
    settings = Settings(environment="production", state_dir=tmp_path, contact_key=Fernet.generate_key().decode(),
                        pseudonym_salt=None)

    with pytest.raises(RosterError, match="EARLYWARN_PSEUDONYM_SALT or the Prefect Secret block earlywarn-pseudonym-salt"):
        roster_secrets(settings)


def test_an_apprise_password_from_a_secret_block_delivers_and_never_shows(blocks, caplog):
    blocks("apprise-smtp-password", "block-pw-6620")
    with SmtpReceiver(username="center", password="block-pw-6620") as smtp:
        templated = smtp.url.replace("block-pw-6620", "${SMTP_PASSWORD}")
        config = f"version: 1\ntemplate:\n  - SMTP_PASSWORD\nurls:\n  - {templated}:\n      tag: counselor\n"
        caplog.set_level(logging.DEBUG)

        [result] = Notifier(config_text=config, timeout_seconds=2).send(title=TITLE, body="본문", tag="counselor")

        assert result.ok, result.error
        assert smtp.wait_for(1)[0].subject == TITLE
    assert "block-pw-6620" not in repr(result) + caplog.text
