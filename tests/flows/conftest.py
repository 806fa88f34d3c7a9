"""One Prefect test harness (a real temporary Prefect server) for the whole session: it takes ~17 s to start."""

import pytest

from earlywarn.bootstrap import get_app
from earlywarn.settings import get_settings


@pytest.fixture(scope="session")
def prefect_server():
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture
def flow_app(prefect_server, tmp_path, monkeypatch):
    """Flows build their app from settings in the environment, as a deployment would."""
    monkeypatch.setenv("EARLYWARN_ENVIRONMENT", "test")
    monkeypatch.setenv("EARLYWARN_STATE_DIR", str(tmp_path / "var"))
    # no quiet hours: the test must not depend on the hour in Seoul when it runs
    monkeypatch.setenv("EARLYWARN_QUIET_HOURS_START", "00:00")
    monkeypatch.setenv("EARLYWARN_QUIET_HOURS_END", "00:00")
    get_settings.cache_clear()
    get_app.cache_clear()
    yield get_app()
    get_app().engine.dispose()
    get_settings.cache_clear()
    get_app.cache_clear()
