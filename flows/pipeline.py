"""The main job: ingest → detect → respond → notify, in one flow run with a summary in the UI."""

from __future__ import annotations

from datetime import date
from typing import Literal

from prefect import flow
from prefect.artifacts import create_table_artifact

from earlywarn.bootstrap import App
from flows.common import SettingsTaskRunner
from flows.detect import detect_all
from flows.ingest import ingest_sources_task
from flows.notify import dispatch_task
from flows.respond import publish_briefs_task, respond_task


def prepare_first_run(current: App) -> None:
    """Do ahead what the first pipeline run of a process does on its way, so a caller that waits anyway
    (the CLI, while the Prefect server boots) takes it off the run: the imports of the services and of the
    parameter encoder Prefect uses, the detection patterns, Apprise's plugins, Korea's holiday tables."""
    import fastapi.encoders  # noqa: F401 - Prefect serializes a flow run's parameters with it
    import earlywarn.services.briefs  # noqa: F401
    import earlywarn.services.pipeline  # noqa: F401
    from earlywarn.adapters.file_inbox import register_file_inbox_schema
    from earlywarn.domain.scheduling import korean_holidays

    current.config.detection_rules  # noqa: B018 - compiles the detection patterns (~0.3-0.5 s)
    register_file_inbox_schema()  # loads Apprise's plugins
    today = date.today()
    korean_holidays(today, today)  # the holidays package loads a country's tables on first use


@flow(name="pipeline", log_prints=True, task_runner=SettingsTaskRunner())
def pipeline_flow(sources: list[str] | None = None, clock: Literal["real", "notice_date"] = "real") -> dict:
    """Run every stage over what is new. Safe to re-run: business keys make it change nothing twice.

    Detection fans out over id ranges on the task runner the settings choose (threads or Dask). Ingest
    stays one task in file order (a republished notice supersedes the one stored before it, so the order
    decides the links) and so does the response (cases open in notice order; counselors' capacity is shared).
    """
    ingested = ingest_sources_task(sources)
    detected = detect_all()
    responded = respond_task(clock)
    notified = dispatch_task()
    publish_briefs_task(responded["case_ids"])  # after dispatch, so briefs show the alerts as delivered
    summary = {
        "notices_read": ingested["rows_read"],
        "notices_stored": ingested["stored"],
        "duplicates": ingested["duplicates"],
        "quarantined": ingested["quarantined"],
        "restructurings_detected": detected["restructuring"] + ingested["detected_alongside"]["restructuring"],
        "cases_opened": responded["cases_opened"],
        "notices_attached": responded["notices_attached"],
        "notices_withdrawn": responded["notices_withdrawn"],
        "sessions_planned": responded["sessions_planned"],
        "overflow": responded["overflow"],
        "enrollments": responded["enrollments"],
        "alerts_queued": responded["alerts_queued"],
        "alerts_delivered": notified["sent"],
        "alerts_failed": notified["failed"],
        "alerts_deferred": notified["deferred"],
    }
    create_table_artifact(
        key="pipeline-summary",
        table=[{"measure": key, "count": value} for key, value in summary.items()],
        description="earlywarn 실행 요약 (run summary)",
    )
    return summary | {"case_ids": responded["case_ids"], "files": ingested["per_file"]}
