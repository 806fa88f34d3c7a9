"""Work every served run would repeat, done once in the fork server the runs fork from.

Imported only as part of `fast_flow_start.PRELOAD` (profiled with py-spy on the served benchmark):
- Apprise imports its ~150 plugin modules on first use: ~0.7 s of each run before this;
- the detection rules compile hundreds of long patterns: ~0.3 s. Compiled patterns are cached by
  their text (`fastscan.gated`), so a run whose config is unchanged reuses them, and an edited
  config still takes effect in the next run.
"""

from __future__ import annotations

import logging

from earlywarn.adapters.config_files import ProjectConfig
from earlywarn.adapters.file_inbox import register_file_inbox_schema
from earlywarn.settings import Settings

log = logging.getLogger(__name__)


def warm() -> None:
    register_file_inbox_schema()  # loads Apprise's plugins
    try:
        settings = Settings()
        ProjectConfig(settings.config_dir, settings.home).detection_rules
    except Exception as error:  # a broken config must not stop the fork server: the run itself reports it
        log.warning("detection rules not precompiled: %s", error)


warm()
