"""Secrets kept in Prefect Secret blocks (Prefect UI → Blocks → Secret), for centers that manage them there.

Block names: `earlywarn-contact-key` and `earlywarn-pseudonym-salt` for the roster's Fernet key and
salt, and `apprise-<name>` for a value an Apprise config writes as `${NAME}` (lower case, '_' → '-':
`${SMTP_PASSWORD}` → `apprise-smtp-password`). Settings and the environment win where both are set;
nothing secret is ever read from a committed file. Without a reachable Prefect API there are no blocks.
"""

from __future__ import annotations

import logging
import os

log = logging.getLogger(__name__)

SETTING_BLOCK_PREFIX = "earlywarn-"
APPRISE_BLOCK_PREFIX = "apprise-"


def block_name(prefix: str, name: str) -> str:
    return prefix + name.strip().lower().replace("_", "-")


def prefect_secret(name: str) -> str | None:
    """The value of the Secret block `name`; None when there is no such block or no Prefect API."""
    from prefect.blocks.system import Secret
    from prefect.settings import PREFECT_API_URL

    from earlywarn.adapters.prefect_server import is_healthy

    api_url = PREFECT_API_URL.value()
    if not api_url or not is_healthy(api_url):  # no API, no blocks (and no retries against a down server)
        return None

    try:
        value = Secret.load(name).get()
    except ValueError:  # no block of that name
        return None
    except Exception as error:  # the API failed: say which block, never a value
        log.warning("Prefect Secret block %r not read: %s", name, type(error).__name__)
        return None
    return value if isinstance(value, str) and value.strip() else None


def setting_secret(name: str) -> str | None:
    """`earlywarn-<name>` for a secret setting (contact_key → earlywarn-contact-key)."""
    return prefect_secret(block_name(SETTING_BLOCK_PREFIX, name))


def apprise_template_values(names: list[str]) -> dict[str, str]:
    """Values for the config's `${NAME}` entries that the environment (APPRISE_TEMPLATE_<NAME>) lacks."""
    values = {}
    for name in names:
        if os.environ.get(f"APPRISE_TEMPLATE_{name.upper()}"):
            continue
        value = prefect_secret(block_name(APPRISE_BLOCK_PREFIX, name))
        if value is not None:
            values[name] = value
    return values
